using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Academy.Web.Data;

/// <summary>The embedded default. SQLite cannot order or compare DateTimeOffset text, so it is stored as a number.</summary>
internal sealed class SqliteAcademyDbContext(DbContextOptions<SqliteAcademyDbContext> options) : AcademyDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The server database. Each module's tables go to the module's schema (<c>courses_modules</c> in <c>courses</c>).</summary>
internal sealed class PostgresAcademyDbContext(DbContextOptions<PostgresAcademyDbContext> options) : AcademyDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && !entity.IsOwned() && table.IndexOf('_') is > 0 and var separator)
            {
                entity.SetSchema(table[..separator]);
            }
        }
    }
}
