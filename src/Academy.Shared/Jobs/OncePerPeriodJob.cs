using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Academy.Shared.Jobs;

/// <summary>
/// A background job that runs once per period across every instance sharing the database: each instance wakes
/// once a period, and only the first to take the period's lease (<see cref="JobLeases"/>) runs it. A run that fails
/// is logged and tried again in the next period; the jobs are written so that a run may repeat what a failed one did.
/// </summary>
public abstract class OncePerPeriodJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The lease's name, stable across versions (it is a key in the database).</summary>
    public abstract string Name { get; }

    public abstract TimeSpan Period { get; }

    /// <summary>
    /// <see cref="Period"/>, unless <c>Jobs:{Name}:PeriodSeconds</c> sets another: the cluster tests run the jobs
    /// every few seconds rather than every minute or hour.
    /// </summary>
    private TimeSpan ConfiguredPeriod => configuredPeriod ??= PeriodFromConfiguration();

    private TimeSpan? configuredPeriod;

    private TimeSpan PeriodFromConfiguration()
    {
        using var scope = scopes.CreateScope();
        var seconds = scope.ServiceProvider.GetService<IConfiguration>()?.GetValue<int?>($"Jobs:{Name}:PeriodSeconds");
        return seconds is > 0 ? TimeSpan.FromSeconds(seconds.Value) : Period;
    }

    /// <summary>Runs the job in this period if no instance has yet; true when this instance ran it.</summary>
    public async Task<bool> RunIfNotRunThisPeriodAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var until = JobLeases.EndOfPeriod(clock.GetUtcNow(), ConfiguredPeriod);
        if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(Name, until, cancellationToken))
        {
            return false;
        }

        await RunAsync(scope.ServiceProvider, cancellationToken);
        return true;
    }

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first run waits a period: start-up (migrations, or a database not reachable yet) comes first.
        using var timer = new PeriodicTimer(ConfiguredPeriod, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunIfNotRunThisPeriodAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The job {Job} failed; it is tried again in {Period}", Name, ConfiguredPeriod);
            }
        }
    }
}
