using System.Data.Common;
using Academy.Web.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Academy.Web.Data;

/// <summary>Chooses the database provider from configuration (<c>Database:Provider</c>, <c>ConnectionStrings:Academy</c>).</summary>
internal static class DatabaseServiceCollectionExtensions
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string SqlServer = "SqlServer";

    public static IServiceCollection AddAcademyDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var (provider, connectionString) = ProviderAndConnection(configuration, environment);
        services.AddSingleton<DbCommandCounter>();

        // Contexts are pooled: building one and its options for every request was a measurable part of each page (docs/performance.md).
        Action<IServiceProvider, DbContextOptionsBuilder> options = (services, options) => options
            .UseAcademyProvider(provider, connectionString)
            .AddInterceptors(services.GetRequiredService<DbCommandCounter>());
        _ = provider switch
        {
            Sqlite => services.AddDbContextPool<AcademyDbContext, SqliteAcademyDbContext>(options),
            Postgres => services.AddDbContextPool<AcademyDbContext, PostgresAcademyDbContext>(options),
            _ => services.AddDbContextPool<AcademyDbContext, SqlServerAcademyDbContext>(options),
        };

        // The modules' data classes (Academy.Shared.Data.ModuleData) each see their own sets in this one context.
        services.AddScoped<DbContext>(provider => provider.GetRequiredService<AcademyDbContext>());
        return services;
    }

    /// <summary>The configured provider and its connection string, checked: a server provider without one fails at start-up.</summary>
    public static (string Provider, string ConnectionString) ProviderAndConnection(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? Sqlite;
        var connectionString = configuration.GetConnectionString("Academy");
        return provider switch
        {
            Sqlite => (provider, connectionString ?? DefaultSqliteConnectionString(environment)),
            Postgres or SqlServer when string.IsNullOrWhiteSpace(connectionString) =>
                throw new InvalidOperationException($"Database:Provider is {provider} but ConnectionStrings:Academy is empty."),
            Postgres => (provider, WithPreparedStatements(connectionString!)),
            SqlServer => (provider, connectionString!),
            _ => throw new InvalidOperationException($"Database:Provider must be {Sqlite}, {Postgres} or {SqlServer}, not '{provider}'."),
        };
    }

    /// <summary>The most statements each PostgreSQL connection keeps prepared when the connection string does not say.</summary>
    public const int PreparedStatementsPerConnection = 100;

    /// <summary>
    /// PostgreSQL plans a statement anew each time it is sent unprepared, and planning the pages' joins took longer than
    /// running them: with the statements a connection runs most kept prepared (Npgsql's automatic preparation, which
    /// outlives the pooled connection's return to the pool), the pages answered twice as many requests (docs/performance.md).
    /// EF sends the same SQL for a query whatever its parameters, so a few dozen statements serve every page. A connection
    /// string that sets <c>Max Auto Prepare</c> keeps its own value (0 turns it off, as a transaction-pooling PgBouncer
    /// older than 1.21 needs).
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        // Npgsql's builder answers ContainsKey for every keyword it knows, so what was written is read with the plain one.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var setsItsOwn = written.Keys.Cast<string>().Any(key => key.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase));
        return setsItsOwn ? connectionString : new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = PreparedStatementsPerConnection }.ConnectionString;
    }

    /// <remarks>
    /// A list in a query (<c>slugs.Contains(x.Slug)</c>) is sent as one parameter on SQLite (<c>json_each</c>) and PostgreSQL
    /// (<c>= ANY</c>), as before EF 10. EF 10's default writes one parameter per item, so the SQL depends on the list's
    /// length: EF wrote it again on every run, even of a compiled query (7% of a warm home page's CPU), and PostgreSQL
    /// kept a prepared statement per length. SQL Server keeps EF 10's default, chosen there for its plans.
    /// </remarks>
    public static DbContextOptionsBuilder UseAcademyProvider(this DbContextOptionsBuilder options, string provider, string connectionString) => provider switch
    {
        // The reader's collations, registered on each connection, so that names sort as people expect (SqliteTextFunctions);
        // the statements compiled for the queries kept on the connection, which stays open (SqlitePreparedStatements).
        Sqlite => options.UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new SqliteTextFunctions(), new SqlitePreparedStatements()),
        // A server restarting or a connection dropped mid-request: EF retries the command or save on a new connection.
        // A retried save that had in fact been committed is caught by the keys that make writes idempotent.
        Postgres => options.UseNpgsql(connectionString, npgsql => npgsql
            .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
            .EnableRetryOnFailure(maxRetryCount: 6, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null)),
        // As on PostgreSQL: transient failures (a failover, a dropped connection) are retried; writes are idempotent.
        _ => options.UseSqlServer(connectionString, sqlServer => sqlServer.EnableRetryOnFailure(maxRetryCount: 6, maxRetryDelay: TimeSpan.FromSeconds(5), errorNumbersToAdd: null)),
    };

    /// <summary>An SQLite file under App_Data, created on first run.</summary>
    private static string DefaultSqliteConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "academy.db")}";
    }
}
