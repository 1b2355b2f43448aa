namespace Academy.Shared.Cluster;

/// <summary>One instance, the default: an event reaches this process's handlers at once and nothing is ever lost.</summary>
public sealed class InProcessClusterEvents(ClusterEventHandlers handlers) : IClusterEvents
{
    public void Publish(string channel, string payload) => handlers.Deliver(channel, payload);

    public IDisposable Subscribe(string channel, Action<string> handler) => handlers.Add(channel, handler);

    public IDisposable OnEventsLost(Action handler) => handlers.AddLossHandler(handler);
}
