using StackExchange.Redis;

namespace Academy.Web.Cluster;

/// <summary>
/// The app's one connection to Redis (a <see cref="ConnectionMultiplexer"/>, shared by events, limits and the
/// health check). It never stops the app: an unreachable Redis at start or later is retried in the background,
/// and a command meanwhile fails at once instead of waiting in a queue, so a caller can fall back.
/// </summary>
internal sealed class RedisConnection(BackplaneOptions options, ILogger<RedisConnection> logger) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> connecting = new(() => ConnectAsync(options, logger));

    public string Prefix => options.Prefix;

    /// <summary>The connection, once made (it may be down at the moment: see <see cref="IConnectionMultiplexer.IsConnected"/>).</summary>
    public Task<IConnectionMultiplexer> GetAsync() => connecting.Value;

    /// <summary>The connection if it has been made and is up now; otherwise nothing, and the caller does without.</summary>
    public IConnectionMultiplexer? IfConnected =>
        connecting.IsValueCreated && connecting.Value.IsCompletedSuccessfully && connecting.Value.Result.IsConnected ? connecting.Value.Result : null;

    private static async Task<IConnectionMultiplexer> ConnectAsync(BackplaneOptions options, ILogger logger)
    {
        var configuration = ConfigurationOptions.Parse(options.Redis!);
        configuration.AbortOnConnectFail = false; // start without Redis and connect when it comes
        configuration.BacklogPolicy = BacklogPolicy.FailFast; // a sign-in never waits for a Redis that is away
        configuration.ClientName ??= "academy";
        var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        redis.ConnectionFailed += (_, failure) => logger.LogWarning(failure.Exception,
            "Lost the {ConnectionType} connection to Redis at {EndPoint} ({FailureType}): live events stay on this instance and limits are counted here until it is back.",
            failure.ConnectionType, failure.EndPoint, failure.FailureType);
        redis.ConnectionRestored += (_, restored) => logger.LogInformation("The {ConnectionType} connection to Redis at {EndPoint} is back.",
            restored.ConnectionType, restored.EndPoint);
        if (!redis.IsConnected)
        {
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
