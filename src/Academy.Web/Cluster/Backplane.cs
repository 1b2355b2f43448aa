using Academy.Shared.Cluster;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Academy.Web.Cluster;

/// <summary>
/// What crosses app instances: live events and cache invalidations (<see cref="IClusterEvents"/>) and the
/// account rate limits. Through Redis when <c>Backplane:Redis</c> is set; otherwise in this process, which is
/// right for one instance and needs nothing else to run.
/// </summary>
internal static class Backplane
{
    public static IServiceCollection AddBackplane(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ClusterEventHandlers>();
        var options = BackplaneOptions.From(configuration);
        if (options.Redis is null)
        {
            services.AddSingleton<IClusterEvents, InProcessClusterEvents>();
            return services;
        }

        services.AddSingleton(options);
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisClusterEvents>();
        services.AddSingleton<IClusterEvents>(provider => provider.GetRequiredService<RedisClusterEvents>());
        // Connects and subscribes before the app serves, so an instance hears events from its first request on.
        services.AddHostedService(provider => provider.GetRequiredService<RedisClusterEvents>());
        return services;
    }

    /// <summary>Readiness includes Redis when it is configured: an instance that cannot reach it serves stale live pages.</summary>
    public static IHealthChecksBuilder AddBackplaneCheck(this IHealthChecksBuilder checks, IConfiguration configuration) =>
        BackplaneOptions.From(configuration).Redis is null ? checks : checks.AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
}

/// <param name="Redis">The StackExchange.Redis connection string (<c>host:port,password=...</c>); none means one instance.</param>
/// <param name="Prefix">Starts every Redis channel and key of this site, so several sites (or test runs) can share one Redis.</param>
internal sealed record BackplaneOptions(string? Redis, string Prefix)
{
    public static BackplaneOptions From(IConfiguration configuration) => new(
        configuration["Backplane:Redis"] is { Length: > 0 } redis ? redis : null,
        configuration["Backplane:Prefix"] is { Length: > 0 } prefix ? prefix : "academy");
}
