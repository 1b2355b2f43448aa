using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Academy.ClusterTests.Infrastructure;

/// <summary>
/// Academy as a school deploys it, on loopback: several Release instances of the app, each its own process,
/// sharing one PostgreSQL database (a fresh one on the throwaway server ./test.sh starts) and one redis-server,
/// behind nginx round-robin. Each instance names itself in the <c>X-Academy-Instance</c> header.
/// </summary>
public sealed class Cluster : IAsyncDisposable
{
    public const string InstanceHeader = "X-Academy-Instance";

    private Cluster(string database, RedisServer redis, NginxBalancer balancer, IReadOnlyList<AppProcess> instances)
    {
        Database = database;
        Redis = redis;
        Balancer = balancer;
        Instances = instances;
    }

    /// <summary>The connection string of the database the instances share.</summary>
    public string Database { get; }

    public RedisServer Redis { get; }

    /// <summary>How many migrations PostgreSQL's schema is made of.</summary>
    public static int Migrations => typeof(Program).Assembly.GetTypes()
        .Count(type => type.IsSubclassOf(typeof(Migration)) && type.Namespace == "Academy.Web.Migrations.Postgres");

    public NginxBalancer Balancer { get; }

    public IReadOnlyList<AppProcess> Instances { get; }

    /// <summary>Starts <paramref name="size"/> instances at the same moment against an empty database, then the balancer.</summary>
    public static async Task<Cluster> StartAsync(int size = 2, Action<AppProcess>? configure = null)
    {
        var redis = await RedisServer.StartAsync();
        var database = PostgresApp.CreateDatabase();
        var balancerPort = AppProcess.FreePort();
        var instances = Enumerable.Range(1, size).Select(number =>
        {
            var instance = new AppProcess("Postgres", database)
                .BuiltAs("Release")
                .With("Cluster__InstanceName", $"instance-{number}")
                .With("Backplane__Redis", redis.Configuration)
                .With("Site__PublicUrl", $"http://127.0.0.1:{balancerPort}")
                .With("ForwardedHeaders__KnownProxies__0", "127.0.0.1");
            configure?.Invoke(instance);
            return instance;
        }).ToList();

        try
        {
            await Task.WhenAll(instances.Select(instance => instance.StartAsync()));
            var balancer = await NginxBalancer.StartAsync(instances.Select(instance => instance.BaseAddress), balancerPort);
            return new Cluster(database, redis, balancer, instances);
        }
        catch
        {
            instances.ForEach(instance => instance.Dispose());
            redis.Dispose();
            throw;
        }
    }

    /// <summary>A browser-like client (cookies, forms with their tokens) that goes through the balancer.</summary>
    public AcademyClient ClientThroughBalancer() => new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() })
    {
        BaseAddress = Balancer.BaseAddress,
    });

    /// <summary>Runs each counting query on the shared database.</summary>
    public async Task<long[]> CountAsync(params string[] queries)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        var counts = new long[queries.Length];
        for (var index = 0; index < queries.Length; index++)
        {
            await using var command = new NpgsqlCommand(queries[index], connection);
            counts[index] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>Changes the shared database directly, for what a test cannot wait for (days passing).</summary>
    public async Task ExecuteAsync(string statement)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync()
    {
        Balancer.Dispose();
        foreach (var instance in Instances)
        {
            instance.Dispose();
        }

        Redis.Dispose();
        return ValueTask.CompletedTask;
    }
}
