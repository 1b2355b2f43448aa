namespace Academy.Shared.Cluster;

/// <summary>
/// Events that reach every instance of the app: a new post for the thread pages open anywhere, a cache entry
/// every instance must forget. With one instance they stay in the process; with several they cross through
/// the backplane (Redis pub/sub). Best effort: the database is the truth, an event only says "look again".
/// </summary>
public interface IClusterEvents
{
    /// <summary>
    /// Runs this instance's handlers of <paramref name="channel"/> at once, and the other instances' as soon as the
    /// backplane carries the event. Never throws: what has been saved stays saved when the backplane is down, and
    /// what the others missed is made up for by <see cref="OnEventsLost"/>.
    /// </summary>
    void Publish(string channel, string payload);

    /// <summary>Runs <paramref name="handler"/> for every event published on <paramref name="channel"/> by any instance, until disposed.</summary>
    IDisposable Subscribe(string channel, Action<string> handler);

    /// <summary>
    /// Runs <paramref name="handler"/> when events may have been lost (the backplane was unreachable and is back):
    /// a cache forgets everything an event could have invalidated, a live stream ends so that its page reconnects
    /// and catches up from the database.
    /// </summary>
    IDisposable OnEventsLost(Action handler);
}
