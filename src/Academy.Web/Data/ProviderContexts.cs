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

/// <summary>A server database. Each module's tables go to the module's schema (<c>courses_modules</c> in <c>courses</c>).</summary>
internal sealed class PostgresAcademyDbContext(DbContextOptions<PostgresAcademyDbContext> options) : AcademyDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModuleSchemas.Apply(builder);
    }
}

/// <summary>
/// The server database the product was specified with. Each module's tables go to the module's schema, as on
/// PostgreSQL; times are <c>datetimeoffset</c>, the provider's own type for an instant with its offset.
/// </summary>
internal sealed class SqlServerAcademyDbContext(DbContextOptions<SqlServerAcademyDbContext> options) : AcademyDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModuleSchemas.Apply(builder);
    }
}

internal static class ModuleSchemas
{
    /// <summary>Puts each module's tables in a schema named after the module, the prefix of its table names.</summary>
    public static void Apply(ModelBuilder builder)
    {
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
