using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Academy.Web.Security;

/// <summary>
/// How long work waits in the thread pool's queue before it runs, measured by a probe queued behind everything else
/// every <see cref="ProbeEvery"/>. A request whose database commands run synchronously (SQLite) holds its thread from start
/// to end, so under overload the requests wait in this queue, ahead of the concurrency limiter, which then sees one or two
/// in progress and has nothing to turn away; Kestrel's connections pile up instead and every answer comes seconds late.
/// <para>
/// <see cref="ShouldRefuseNow"/> follows CoDel's rule: a delay is an overload only once it has stayed above the target for a
/// whole interval, and only while many items wait, so a short burst or a garbage collection turns no one away. While an
/// overload lasts, and for a few seconds after, any delay above the target counts at once.
/// </para>
/// </summary>
internal sealed class ThreadPoolBacklog : IHostedService, IThreadPoolWorkItem, IDisposable
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(50);

    /// <summary>How long after the last overload a delay above the target counts at once.</summary>
    private static readonly TimeSpan OverloadRemembered = TimeSpan.FromSeconds(5);

    private readonly TimeSpan target;
    private readonly TimeSpan interval;
    private readonly int pendingPerCore;
    private Timer? timer;

    // Stopwatch timestamps, written by the probe and its timer, read by every request; 0 when none.
    private long probeQueuedAt;
    private long lastDelayTicks;
    private long aboveTargetSince;
    private long overloadedAt;

    public ThreadPoolBacklog(IOptions<ConcurrencyLimitOptions> options)
    {
        var limits = options.Value;
        target = TimeSpan.FromMilliseconds(limits.BacklogTargetMilliseconds);
        interval = TimeSpan.FromMilliseconds(limits.BacklogIntervalMilliseconds);
        pendingPerCore = limits.BacklogPendingWorkPerCore;
    }

    /// <summary>
    /// Whether to turn a request away now: the pool's queue has been slow for an interval and is still long. A yes is
    /// remembered, so that the next few seconds refuse on any delay above the target.
    /// </summary>
    public bool ShouldRefuseNow()
    {
        if (target <= TimeSpan.Zero)
        {
            return false;
        }

        var now = Stopwatch.GetTimestamp();
        var queuedAt = Volatile.Read(ref probeQueuedAt);
        var waiting = queuedAt == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(queuedAt, now);
        var last = TimeSpan.FromTicks(Volatile.Read(ref lastDelayTicks));
        // The delay first: on most requests it is short, and counting the pool's queues looks at every thread's.
        if ((waiting <= target && last <= target) || ThreadPool.PendingWorkItemCount < pendingPerCore * Environment.ProcessorCount)
        {
            return false;
        }

        // Above the target since a finished probe said so, or since the waiting probe passed it.
        var since = Volatile.Read(ref aboveTargetSince);
        var aboveFor = since != 0 ? Stopwatch.GetElapsedTime(since, now) : waiting - target;
        var lastOverload = Volatile.Read(ref overloadedAt);
        if (aboveFor >= interval || (lastOverload != 0 && Stopwatch.GetElapsedTime(lastOverload, now) < OverloadRemembered))
        {
            Volatile.Write(ref overloadedAt, now);
            return true;
        }

        return false;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (target > TimeSpan.Zero)
        {
            // The probe is queued where Kestrel queues the requests' work, behind all of it.
            timer = new Timer(_ => Queue(), null, ProbeEvery, Timeout.InfiniteTimeSpan);
        }

        return Task.CompletedTask;
    }

    private void Queue()
    {
        Volatile.Write(ref probeQueuedAt, Stopwatch.GetTimestamp());
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    /// <summary>The probe itself: it runs when the pool reaches it, and records how long it waited.</summary>
    void IThreadPoolWorkItem.Execute()
    {
        var queuedAt = Volatile.Read(ref probeQueuedAt);
        var delay = Stopwatch.GetElapsedTime(queuedAt);
        Volatile.Write(ref lastDelayTicks, delay.Ticks);
        Volatile.Write(ref probeQueuedAt, 0);
        if (delay <= target)
        {
            Volatile.Write(ref aboveTargetSince, 0);
        }
        else if (Volatile.Read(ref aboveTargetSince) == 0)
        {
            Volatile.Write(ref aboveTargetSince, queuedAt + (long)(target.TotalSeconds * Stopwatch.Frequency));
        }

        try
        {
            timer?.Change(ProbeEvery, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The app is stopping: no more probes.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => timer?.Dispose();
}
