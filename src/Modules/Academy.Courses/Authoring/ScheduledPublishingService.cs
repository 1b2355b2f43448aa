using Academy.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Academy.Courses.Authoring;

/// <summary>Publishes the drafts that are due, once a minute, on one instance of however many share the database.</summary>
internal sealed class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishingService> logger)
    : OncePerPeriodJob(scopes, clock, logger)
{
    public override string Name => "scheduled-publishing";

    public override TimeSpan Period => TimeSpan.FromMinutes(1);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ScheduledPublisher>().PublishDueAsync(cancellationToken);
}
