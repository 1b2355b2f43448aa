using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Academy.Web.Startup;

/// <summary>
/// Liveness and readiness, for a load balancer or an orchestrator. <c>/health/live</c> answers 200 while the process
/// serves requests and asks nothing else (restarting the process would not bring a database back). <c>/health/ready</c>
/// runs every check tagged <see cref="Ready"/>: Academy has been initialized and its database answers (and, when
/// configured, the backplane). <c>/health</c> stays as readiness, for what already asks it.
/// </summary>
internal static class HealthEndpoints
{
    /// <summary>The tag of the checks that must pass before the instance takes traffic; the backplane's check carries it too.</summary>
    public const string Ready = "ready";

    public static IHealthChecksBuilder AddAcademyHealthChecks(this IServiceCollection services) => services.AddHealthChecks()
        .AddCheck<InitializedCheck>("initialized", tags: [Ready])
        .AddDbContextCheck<Data.AcademyDbContext>("database", tags: [Ready]);

    public static IEndpointRouteBuilder MapAcademyHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var readiness = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) };
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", readiness);
        endpoints.MapHealthChecks("/health", readiness);
        return endpoints;
    }

    /// <summary>Not ready until start-up has migrated the database and imported the content (<see cref="DatabaseReadiness"/>), even once the database answers.</summary>
    private sealed class InitializedCheck(DatabaseReadiness readiness) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Academy has not been initialized against its database yet."));
    }
}
