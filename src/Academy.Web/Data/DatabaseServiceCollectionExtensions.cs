using Academy.Web.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Data;

/// <summary>Chooses the database provider from configuration (<c>Database:Provider</c>, <c>ConnectionStrings:Academy</c>).</summary>
internal static class DatabaseServiceCollectionExtensions
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string SqlServer = "SqlServer";

    public static IServiceCollection AddAcademyDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        var connectionString = configuration.GetConnectionString("Academy");
        services.AddSingleton<DbCommandCounter>();

        // Contexts are pooled: building one and its options for every request was a measurable part of each page (docs/performance.md).
        switch (provider)
        {
            case Sqlite:
                connectionString ??= DefaultSqliteConnectionString(environment);
                services.AddDbContextPool<AcademyDbContext, SqliteAcademyDbContext>((provider, options) => options
                    .UseSqlite(connectionString)
                    .AddInterceptors(provider.GetRequiredService<DbCommandCounter>(), new SqliteTextFunctions()));
                break;
            case Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Academy is empty.");
                }

                services.AddDbContextPool<AcademyDbContext, PostgresAcademyDbContext>((provider, options) => options
                    // A server restarting or a connection dropped mid-request: EF retries the command or save on a new connection.
                    // A retried save that had in fact been committed is caught by the keys that make writes idempotent.
                    .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 6, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null))
                    .AddInterceptors(provider.GetRequiredService<DbCommandCounter>()));
                break;
            case SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Academy is empty.");
                }

                services.AddDbContextPool<AcademyDbContext, SqlServerAcademyDbContext>((provider, options) => options
                    // As on PostgreSQL: transient failures (a failover, a dropped connection) are retried; writes are idempotent.
                    .UseSqlServer(connectionString, sqlServer => sqlServer.EnableRetryOnFailure(maxRetryCount: 6, maxRetryDelay: TimeSpan.FromSeconds(5), errorNumbersToAdd: null))
                    .AddInterceptors(provider.GetRequiredService<DbCommandCounter>()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider must be {Sqlite}, {Postgres} or {SqlServer}, not '{provider}'.");
        }

        // The modules' data classes (Academy.Shared.Data.ModuleData) each see their own sets in this one context.
        services.AddScoped<DbContext>(provider => provider.GetRequiredService<AcademyDbContext>());
        return services;
    }

    /// <summary>An SQLite file under App_Data, created on first run.</summary>
    private static string DefaultSqliteConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "academy.db")}";
    }
}
