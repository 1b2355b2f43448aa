using Microsoft.Extensions.DependencyInjection;

namespace Academy.Shared.Jobs;

public static class JobServiceCollectionExtensions
{
    /// <summary>The leases that let one instance of many run each background job (<see cref="OncePerPeriodJob"/>).</summary>
    public static IServiceCollection AddJobLeases(this IServiceCollection services)
    {
        services.AddSingleton<LeaseHolder>();
        services.AddScoped<JobLeases>();
        return services;
    }
}
