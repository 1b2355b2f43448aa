using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Academy.Web.Cluster;

/// <summary>
/// A fixed window counted in Redis, so that every instance counts the same attempts: the first attempt of a
/// window starts its expiry, each one increments, all in one script, so two instances never lose a count.
/// ASP.NET Core's rate-limiting middleware uses it like its own limiters (asking asynchronously after the
/// synchronous attempt declines), so the 429 and its Retry-After stay as they are. While Redis cannot be
/// reached it counts in this process, as a single instance would.
/// </summary>
internal sealed class RedisFixedWindowRateLimiter : ReplenishingRateLimiter
{
    /// <summary>INCRBY, and an expiry for a window that has none; returns the count and the window's milliseconds left.</summary>
    private const string CountInWindow = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[2])
        if redis.call('PTTL', KEYS[1]) < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
        end
        return { count, redis.call('PTTL', KEYS[1]) }
        """;

    private readonly RedisConnection redis;
    private readonly RedisKey key;
    private readonly int permitLimit;
    private readonly TimeSpan window;
    private readonly ILogger logger;
    private readonly FixedWindowRateLimiter whileRedisIsAway;

    public RedisFixedWindowRateLimiter(RedisConnection redis, string key, int permitLimit, TimeSpan window, ILogger logger)
    {
        this.redis = redis;
        this.key = $"{redis.Prefix}:limits:{key}";
        this.permitLimit = permitLimit;
        this.window = window;
        this.logger = logger;
        whileRedisIsAway = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit, Window = window, QueueLimit = 0, AutoReplenishment = false,
        });
    }

    public override TimeSpan? IdleDuration => whileRedisIsAway.IdleDuration;

    public override bool IsAutoReplenishing => false;

    public override TimeSpan ReplenishmentPeriod => window;

    public override bool TryReplenish() => whileRedisIsAway.TryReplenish();

    public override RateLimiterStatistics? GetStatistics() => whileRedisIsAway.GetStatistics();

    /// <summary>Counting needs Redis, so the synchronous attempt declines and the caller asks <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? WindowLease.Acquired : WindowLease.AskAsynchronously;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0)
        {
            return WindowLease.Acquired;
        }

        if (redis.IfConnected is { } connected)
        {
            try
            {
                var counted = (RedisResult[])(await connected.GetDatabase().ScriptEvaluateAsync(CountInWindow, [key],
                    [(long)window.TotalMilliseconds, permitCount]))!;
                var count = (long)counted[0];
                var windowLeft = TimeSpan.FromMilliseconds(Math.Max(0, (long)counted[1]));
                return count <= permitLimit ? WindowLease.Acquired : WindowLease.Rejected(windowLeft);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                logger.LogWarning(exception, "Counting {Key} in Redis failed; counting it in this instance meanwhile.", key);
            }
        }

        return await whileRedisIsAway.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            whileRedisIsAway.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore() => await whileRedisIsAway.DisposeAsync();

    private sealed class WindowLease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly WindowLease Acquired = new(true, null);
        public static readonly WindowLease AskAsynchronously = new(false, null);

        public static WindowLease Rejected(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
