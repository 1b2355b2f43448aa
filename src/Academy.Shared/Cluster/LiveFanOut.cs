using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;

namespace Academy.Shared.Cluster;

/// <summary>
/// Fans what is announced about one thing (a thread, a conversation) out to the live pages open on it in this app
/// instance, a bounded channel per open page; an announcement made through another instance arrives as a cluster event.
/// When cluster events may have been lost, every open channel ends, so its page reconnects and catches up from the
/// database. A module derives its feed with its own event name and the item its pages need.
/// </summary>
public abstract class LiveFanOut<TItem> : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<TItem>, byte>> listeners = new();
    private readonly IClusterEvents cluster;
    private readonly string eventName;
    private readonly int capacity;
    private readonly IDisposable[] subscriptions;

    /// <param name="capacity">How many items an open page may fall behind by; the oldest are dropped beyond it.</param>
    protected LiveFanOut(IClusterEvents cluster, string eventName, int capacity)
    {
        this.cluster = cluster;
        this.eventName = eventName;
        this.capacity = capacity;
        subscriptions = [cluster.Subscribe(eventName, Deliver), cluster.OnEventsLost(EndEveryChannel)];
    }

    public LiveSubscription<TItem> Subscribe(Guid key)
    {
        var channel = Channel.CreateBounded<TItem>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest });
        listeners.GetOrAdd(key, _ => new()).TryAdd(channel, 0);
        return new LiveSubscription<TItem>(channel.Reader, () =>
        {
            if (listeners.TryGetValue(key, out var channels))
            {
                channels.TryRemove(channel, out _);
                channel.Writer.TryComplete();
            }
        });
    }

    /// <summary>Sends the item to the pages open on <paramref name="key"/> on every instance.</summary>
    public void Announce(Guid key, TItem item) => cluster.Publish(eventName, JsonSerializer.Serialize(new Announced(key, item), Json));

    private void Deliver(string payload)
    {
        var announced = JsonSerializer.Deserialize<Announced>(payload, Json)!;
        if (listeners.TryGetValue(announced.Key, out var channels))
        {
            foreach (var channel in channels.Keys)
            {
                channel.Writer.TryWrite(announced.Item);
            }
        }
    }

    private void EndEveryChannel()
    {
        foreach (var channel in listeners.Values.SelectMany(channels => channels.Keys))
        {
            channel.Writer.TryComplete();
        }
    }

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    private sealed record Announced(Guid Key, TItem Item);
}

/// <summary>What wakes a live page's feed.</summary>
public enum LiveWake
{
    /// <summary>Something was announced: read what is new.</summary>
    Announced,

    /// <summary>Nothing for a while.</summary>
    Quiet,

    /// <summary>Events may have been lost: the page should reconnect and catch up.</summary>
    Ended,
}

/// <summary>One open page's channel of a <see cref="LiveFanOut{TItem}"/>; disposing it stops the page listening.</summary>
public sealed class LiveSubscription<TItem>(ChannelReader<TItem> items, Action unsubscribe) : IDisposable
{
    public ChannelReader<TItem> Items { get; } = items;

    /// <summary>
    /// For a feed that reads what is new from the database itself: waits until something is announced (and takes every
    /// waiting announcement at once), <paramref name="timeout"/> passes, or the channel is ended.
    /// </summary>
    public async Task<LiveWake> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        waiting.CancelAfter(timeout);
        try
        {
            if (!await Items.WaitToReadAsync(waiting.Token))
            {
                return LiveWake.Ended;
            }

            while (Items.TryRead(out _))
            {
            }

            return LiveWake.Announced;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return LiveWake.Quiet;
        }
    }

    public void Dispose() => unsubscribe();
}
