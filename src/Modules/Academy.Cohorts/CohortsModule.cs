using Academy.Cohorts.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Cohorts;

/// <summary>The Cohorts module's one entry point: cohorts, membership, profiles and the network.</summary>
public static class CohortsModule
{
    public static IServiceCollection AddCohortsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDemoCohortSeeder, DemoCohortSeeder>();
        return services;
    }
}
