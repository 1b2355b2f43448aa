using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// Several instances of the app on one new database, as machines behind a load balancer: each has its own
/// services, memory, key ring and mail folder, and only the database in common. They start one after another:
/// the first migrates and seeds the database, the others find it ready.
/// </summary>
public sealed class AppInstances : IDisposable
{
    private readonly string? sqliteFile;

    private AppInstances(IReadOnlyList<AcademyApp> instances, string? sqliteFile)
    {
        All = instances;
        this.sqliteFile = sqliteFile;
    }

    public IReadOnlyList<AcademyApp> All { get; }

    public AcademyApp this[int index] => All[index];

    /// <param name="provider"><c>Sqlite</c> or <c>Postgres</c> (the throwaway server of ./test.sh).</param>
    public static AppInstances Start(string provider, int count, IDictionary<string, string?>? settings = null)
    {
        var sqliteFile = provider == "Sqlite" ? Path.Combine(Path.GetTempPath(), $"academy-instances-{Guid.NewGuid():N}.db") : null;
        var connectionString = provider switch
        {
            "Sqlite" => $"Data Source={sqliteFile}",
            "Postgres" => PostgresApp.CreateDatabase(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or Postgres"),
        };
        var instances = Enumerable.Range(0, count).Select(_ => (AcademyApp)new Instance(provider, connectionString, settings ?? new Dictionary<string, string?>())).ToList();
        foreach (var instance in instances)
        {
            _ = instance.Services; // started, so the next one finds the database migrated
        }

        return new AppInstances(instances, sqliteFile);
    }

    /// <summary>
    /// A browser that reaches each instance in turn, as through a round-robin balancer: one cookie jar for all,
    /// the client for instance i at index i.
    /// </summary>
    public IReadOnlyList<AcademyClient> BrowserAcrossInstances()
    {
        var cookies = new CookieContainer();
        return All.Select(instance => new AcademyClient(instance.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)))).ToList();
    }

    public void Dispose()
    {
        foreach (var instance in All)
        {
            instance.Dispose();
        }

        foreach (var file in sqliteFile is null ? [] : new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
        {
            File.Delete(file); // a file still open is unlinked all the same
        }
    }

    private sealed class Instance(string provider, string connectionString, IDictionary<string, string?> settings) : AcademyApp
    {
        public override string Provider => provider;

        protected override string ConnectionString => connectionString;

        protected override IDictionary<string, string?> Settings => settings;
    }
}
