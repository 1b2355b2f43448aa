using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Academy.Web.Data;

// Let `dotnet ef` build each provider's model without a running database or the app's start-up.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAcademyDbContext>
{
    public SqliteAcademyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAcademyDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAcademyDbContext>
{
    public PostgresAcademyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAcademyDbContext>().UseNpgsql("Host=localhost;Database=academy_design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAcademyDbContext>
{
    public SqlServerAcademyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAcademyDbContext>().UseSqlServer("Server=localhost;Database=academy_design;TrustServerCertificate=True").Options);
}
