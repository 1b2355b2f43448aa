using StackExchange.Redis;

namespace Academy.Web.Cluster;

/// <summary>
/// The app's one connection to Redis (a <see cref="ConnectionMultiplexer"/>, shared by events, limits and the
/// health check). It never stops the app: an unreachable Redis at start or later is retried in the background,
/// and a command meanwhile fails at once instead of waiting in a queue, so a caller can fall back.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly BackplaneOptions options;
    private readonly ILogger<RedisConnection> logger;
    private readonly Lazy<Task<IConnectionMultiplexer>> connecting;
    private int lostSinceConnected;

    public RedisConnection(BackplaneOptions options, ILogger<RedisConnection> logger)
    {
        this.options = options;
        this.logger = logger;
        connecting = new(ConnectAsync);
    }

    public string Prefix => options.Prefix;

    /// <summary>Raised when a connection comes back after it was lost (or after Redis was unreachable at start), not on the first connection.</summary>
    public event Action? Reconnected;

    /// <summary>The connection, once made (it may be down at the moment: see <see cref="IConnectionMultiplexer.IsConnected"/>).</summary>
    public Task<IConnectionMultiplexer> GetAsync() => connecting.Value;

    /// <summary>The connection if it has been made and is up now; otherwise nothing, and the caller does without.</summary>
    public IConnectionMultiplexer? IfConnected =>
        connecting.IsValueCreated && connecting.Value.IsCompletedSuccessfully && connecting.Value.Result.IsConnected ? connecting.Value.Result : null;

    private async Task<IConnectionMultiplexer> ConnectAsync()
    {
        var configuration = ConfigurationOptions.Parse(options.Redis!);
        configuration.AbortOnConnectFail = false; // start without Redis and connect when it comes
        configuration.BacklogPolicy = BacklogPolicy.FailFast; // a sign-in never waits for a Redis that is away
        configuration.ClientName ??= "academy";
        var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        redis.ConnectionFailed += (_, failure) =>
        {
            Volatile.Write(ref lostSinceConnected, 1);
            logger.LogWarning(failure.Exception,
                "Lost the {ConnectionType} connection to Redis at {EndPoint} ({FailureType}): live events stay on this instance and limits are counted here until it is back.",
                failure.ConnectionType, failure.EndPoint, failure.FailureType);
        };
        // The client also reports its first connections as restored; only one that follows a loss matters.
        redis.ConnectionRestored += (_, restored) =>
        {
            if (Interlocked.Exchange(ref lostSinceConnected, 0) == 1)
            {
                logger.LogInformation("The {ConnectionType} connection to Redis at {EndPoint} is back.", restored.ConnectionType, restored.EndPoint);
                Reconnected?.Invoke();
            }
        };
        if (!redis.IsConnected)
        {
            Volatile.Write(ref lostSinceConnected, 1);
            logger.LogWarning("Redis ({EndPoints}) cannot be reached yet; trying again in the background.",
                string.Join(", ", configuration.EndPoints));
        }

        return redis;
    }

    public async ValueTask DisposeAsync()
    {
        if (connecting.IsValueCreated)
        {
            try
            {
                var redis = await connecting.Value;
                await redis.DisposeAsync();
            }
            catch (Exception exception) when (exception is RedisException or ArgumentException)
            {
                // It never connected (a bad connection string was reported at start); nothing to close.
            }
        }
    }
}
