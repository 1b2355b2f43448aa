using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Academy.Web.Cluster;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;
using Academy.Shared.Localization;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Security;

/// <summary>
/// Two limits in front of every request. Sign-in, sign-up and password-reset posts are limited per client
/// address (guessing passwords costs time; 429). And the app takes on only so many requests at once: beyond
/// <see cref="ConcurrencyLimitOptions.Requests"/> in progress and <see cref="ConcurrencyLimitOptions.Queue"/>
/// waiting, after <see cref="ConcurrencyLimitOptions.QueueTimeoutMilliseconds"/> of waiting, or while the thread pool's queue
/// stays too slow (<see cref="ThreadPoolBacklog"/>), a request is turned away with 503 rather than queued until everyone
/// times out, so an overload slows nobody who got in and never turns into errors. Both answers carry Retry-After. With Redis
/// configured (<c>Backplane:Redis</c>) the account posts are counted there, across instances; the concurrency
/// limit protects each instance and stays its own.
/// </summary>
internal static class RequestLimits
{
    /// <summary>The account forms whose posts are rate-limited per client address.</summary>
    private static readonly string[] RateLimitedPosts =
        ["/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword"];

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountRateLimitOptions>(configuration.GetSection("Security:AccountRateLimit"));
        services.Configure<ConcurrencyLimitOptions>(configuration.GetSection("Security:ConcurrencyLimit"));
        services.AddSingleton<ThreadPoolBacklog>();
        services.AddHostedService(provider => provider.GetRequiredService<ThreadPoolBacklog>());
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(AccountPosts(), RequestsInProgress());
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var isAccountPost = IsAccountPost(context);
                context.Response.StatusCode = isAccountPost ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.Response.ContentType = "text/plain; charset=utf-8";
                // Refused before the localization middleware: the words in the language the request asks for.
                var t = context.RequestServices.GetRequiredService<IStringLocalizer<WebText>>();
                var language = await Academy.Web.Account.Language.EarlyLanguage.OfAsync(context);
                await context.Response.WriteAsync(AcademyCultures.In(language, () => isAccountPost
                    ? t["Too many attempts from your network. Please wait a minute and try again."].Value
                    : t["Academy is very busy right now. Please try again in a moment."].Value), cancellationToken);
            };
        });
        return services;
    }

    private static bool IsAccountPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && RateLimitedPosts.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

    private static PartitionedRateLimiter<HttpContext> AccountPosts() => PartitionedRateLimiter.Create<HttpContext, string>(context =>
    {
        if (!IsAccountPost(context))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<AccountRateLimitOptions>>().Value;
        var client = (context.Connection.RemoteIpAddress ?? IPAddress.Loopback).ToString();
        var window = TimeSpan.FromSeconds(limits.WindowSeconds);
        // With several instances the attempts are counted in Redis, so spreading them over instances gains nothing.
        if (context.RequestServices.GetService<RedisConnection>() is { } redis)
        {
            var logger = context.RequestServices.GetRequiredService<ILogger<RedisFixedWindowRateLimiter>>();
            return RateLimitPartition.Get(client, address => new RedisFixedWindowRateLimiter(redis, $"account-posts:{address}", limits.PostsPerWindow, window, logger));
        }

        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PostsPerWindow,
            Window = window,
            QueueLimit = 0,
        });
    });

    /// <summary>
    /// One limit for the whole app. Live thread feeds stay open for as long as a page is, so they are not counted,
    /// and neither are the health checks and the metrics, which must answer when the app is busiest, nor the static
    /// files (styles, scripts), which read no database and which a browser asks for several at once on a first visit.
    /// </summary>
    private static PartitionedRateLimiter<HttpContext> RequestsInProgress() => PartitionedRateLimiter.Create<HttpContext, string>(context =>
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.EndsWith("/events", StringComparison.Ordinal) || context.Request.Path.StartsWithSegments("/health")
            || context.Request.Path.StartsWithSegments(Startup.Telemetry.PrometheusPath)
            || context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        if (context.RequestServices.GetRequiredService<ThreadPoolBacklog>().ShouldRefuseNow())
        {
            return RateLimitPartition.Get("backlog", _ => BacklogRefusal.Instance);
        }

        // The factories run once, when the partition's limiter is first made; only the closure is per request.
        var limits = context.RequestServices.GetRequiredService<IOptions<ConcurrencyLimitOptions>>().Value;
        return limits.QueueTimeoutMilliseconds > 0
            ? RateLimitPartition.Get("app", _ => new QueueTimeoutConcurrencyLimiter(LimiterOptions(limits), TimeSpan.FromMilliseconds(limits.QueueTimeoutMilliseconds)))
            : RateLimitPartition.GetConcurrencyLimiter("app", _ => LimiterOptions(limits));
    });

    private static ConcurrencyLimiterOptions LimiterOptions(ConcurrencyLimitOptions limits) => new()
    {
        PermitLimit = limits.Requests,
        QueueLimit = limits.Queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };
}

/// <summary>
/// The framework's concurrency limiter with a bound on how long a request waits in its queue; past it the request is
/// turned away as if the queue had been full. A queue sized in requests alone holds milliseconds of a fast page and
/// seconds of a slow one: under overload the requests it accepts would wait for as long as the queue takes to drain.
/// </summary>
internal sealed class QueueTimeoutConcurrencyLimiter(ConcurrencyLimiterOptions options, TimeSpan queueTimeout) : RateLimiter
{
    private readonly ConcurrencyLimiter limiter = new(options);

    public override TimeSpan? IdleDuration => limiter.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => limiter.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => limiter.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        // A free place is taken without a timer; only a request that has to wait gets one.
        var lease = limiter.AttemptAcquire(permitCount);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(queueTimeout);
        try
        {
            return await limiter.AcquireAsync(permitCount, waiting.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return RefusedLease.Instance;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            limiter.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore() => limiter.DisposeAsync();
}

/// <summary>Turns every request away: the thread pool's queue is already longer than the answers it can give in time.</summary>
internal sealed class BacklogRefusal : RateLimiter
{
    public static readonly BacklogRefusal Instance = new();

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => RefusedLease.Instance;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) => ValueTask.FromResult<RateLimitLease>(RefusedLease.Instance);
}

/// <summary>No place: the request is answered with 503 and a Retry-After of a second.</summary>
internal sealed class RefusedLease : RateLimitLease
{
    public static readonly RefusedLease Instance = new();

    public override bool IsAcquired => false;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}

internal sealed class AccountRateLimitOptions
{
    /// <summary>Sign-in, sign-up and password-reset posts allowed per client address in one window.</summary>
    public int PostsPerWindow { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Defaults from the benchmark's overload row (docs/performance.md), in proportion to the cores. A page is mostly work for
/// the processor, so 8 requests per core are worked on at once: with 32, on one core, every await of every request
/// waited behind the others' in the thread pool's queue and the accepted requests' p99 at 150% of the peak was 2.3–2.8 s
/// on PostgreSQL; with 8 (and 500 ms of waiting) it was 0.7–0.9 s. Up to 96 per core wait for a place, for 400 ms at
/// most; past that a refusal serves the reader better than a page seconds late. The thread pool's own queue is watched as well
/// (<see cref="ThreadPoolBacklog"/>): with SQLite a request holds its thread to the end, so an overload waits there, ahead of
/// this limit.
/// </summary>
internal sealed class ConcurrencyLimitOptions
{
    /// <summary>Requests the app works on at once.</summary>
    public int Requests { get; set; } = 8 * Environment.ProcessorCount;

    /// <summary>Requests that wait for one of those places before the next are turned away with 503.</summary>
    public int Queue { get; set; } = 96 * Environment.ProcessorCount;

    /// <summary>How long a request waits for a place before it is turned away with 503; 0 for as long as the queue takes.</summary>
    public int QueueTimeoutMilliseconds { get; set; } = 400;

    /// <summary>A wait in the thread pool's queue above this, for <see cref="BacklogIntervalMilliseconds"/>, is an overload (<see cref="ThreadPoolBacklog"/>); 0 to never refuse by it.</summary>
    public int BacklogTargetMilliseconds { get; set; } = 250;

    /// <summary>How long the thread pool's queue must stay slow before requests are turned away.</summary>
    public int BacklogIntervalMilliseconds { get; set; } = 500;

    /// <summary>Work items waiting per core below which the queue is never called an overload (a busy machine, not a busy app).</summary>
    public int BacklogPendingWorkPerCore { get; set; } = 64;
}
