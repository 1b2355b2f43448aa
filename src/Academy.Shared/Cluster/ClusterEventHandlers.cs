using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Academy.Shared.Cluster;

/// <summary>
/// The handlers this instance has subscribed, and their delivery: every backplane hands its events to them here.
/// A failing handler is logged and stops neither the others nor the publisher.
/// </summary>
public sealed class ClusterEventHandlers(ILogger<ClusterEventHandlers> logger)
{
    private readonly ConcurrentDictionary<string, ImmutableList<Action<string>>> byChannel = new(StringComparer.Ordinal);
    private ImmutableList<Action> lossHandlers = [];

    public IDisposable Add(string channel, Action<string> handler)
    {
        byChannel.AddOrUpdate(channel, _ => [handler], (_, handlers) => handlers.Add(handler));
        return new Removal(() => byChannel.AddOrUpdate(channel, _ => [], (_, handlers) => handlers.Remove(handler)));
    }

    public IDisposable AddLossHandler(Action handler)
    {
        ImmutableInterlocked.Update(ref lossHandlers, handlers => handlers.Add(handler));
        return new Removal(() => ImmutableInterlocked.Update(ref lossHandlers, handlers => handlers.Remove(handler)));
    }

    public void Deliver(string channel, string payload)
    {
        if (!byChannel.TryGetValue(channel, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers)
        {
            try
            {
                handler(payload);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A handler of cluster events on {Channel} failed.", channel);
            }
        }
    }

    public void ReportLoss()
    {
        foreach (var handler in lossHandlers)
        {
            try
            {
                handler();
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A handler of lost cluster events failed.");
            }
        }
    }

    private sealed class Removal(Action remove) : IDisposable
    {
        private int removed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref removed, 1) == 0)
            {
                remove();
            }
        }
    }
}
