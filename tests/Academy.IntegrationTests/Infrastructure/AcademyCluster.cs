using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// Two instances of the real app, A and B, each on a Kestrel socket of its own, sharing one database and one
/// Redis (<c>Backplane:Redis</c>), as two machines behind a load balancer do. Each keeps its own cookie keys, so a
/// person signs in on each instance they use.
/// </summary>
public abstract class AcademyCluster : IDisposable
{
    protected AcademyCluster(string provider, string redisAddress, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connectionString = provider == "Postgres"
            ? PostgresApp.CreateDatabase()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"academy-cluster-{Guid.NewGuid():N}.db")}";
        var shared = new Dictionary<string, string?>
        {
            ["Backplane:Redis"] = redisAddress,
            ["Backplane:Prefix"] = $"academy-test-{Guid.NewGuid():N}", // its own channel and keys on a Redis other tests share
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            shared[key] = value;
        }

        // One after the other: the first applies the migrations and seeds, as the first instance of a deploy does.
        A = new ClusterInstance(provider, connectionString, shared, "A");
        B = new ClusterInstance(provider, connectionString, shared, "B");
    }

    public ClusterInstance A { get; }

    public ClusterInstance B { get; }

    /// <summary>A new learner signed up through A and signed in on both instances.</summary>
    public async Task<(AcademyClient OnA, AcademyClient OnB, string UserId)> NewLearnerAsync(string name)
    {
        var email = $"learner-{Guid.NewGuid():N}@example.com";
        const string password = "a long enough passphrase";
        var onA = A.CreateSocketClient();
        var registered = await onA.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name, ["Input.Email"] = email, ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        var onB = B.CreateSocketClient();
        await onB.SignInAsync(email, password);
        var userId = await A.WithDbAsync(db => db.Users.Where(user => user.Email == email).Select(user => user.Id).SingleAsync());
        return (onA, onB, userId);
    }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One instance of an <see cref="AcademyCluster"/>: the real app, started on a real socket at once.</summary>
public sealed class ClusterInstance : AcademyApp
{
    private readonly string provider;
    private readonly string connectionString;
    private readonly Dictionary<string, string?> settings;

    public ClusterInstance(string provider, string connectionString, IReadOnlyDictionary<string, string?> settings, string name)
    {
        this.provider = provider;
        this.connectionString = connectionString;
        this.settings = new Dictionary<string, string?>(settings);
        Name = name;
        UseKestrel(0);
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
    }

    public string Name { get; }

    public Uri Address { get; }

    public override string Provider => provider;

    protected override string ConnectionString => connectionString;

    protected override IDictionary<string, string?> Settings => settings;

    /// <summary>A browser of this instance: its own cookies, redirects not followed.</summary>
    public AcademyClient CreateSocketClient() =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = Timeout.InfiniteTimeSpan, // event streams stay open; every test wait has its own limit
        });

    public override string ToString() => $"instance {Name} ({Address})";
}

public sealed class SqliteCluster() : AcademyCluster("Sqlite", ThrowawayRedis.SharedAddress);

public sealed class PostgresCluster() : AcademyCluster("Postgres", ThrowawayRedis.SharedAddress);
