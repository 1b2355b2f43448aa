using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Academy.Shared.Cluster;

namespace Academy.Cohorts.Messages.LiveConversation;

/// <summary>
/// Wakes the conversation pages open in this app instance when a message is written in their conversation, through
/// whichever instance: the announcement crosses instances as a cluster event. It carries no message: each open feed reads
/// what is new from the database as its own reader (who sees what, in their language and time zone, and never the
/// messages of someone they blocked). When cluster events may have been lost, every open feed ends; its page reconnects
/// and catches up from the database, as after any dropped connection.
/// </summary>
internal sealed class ConversationFeed : IDisposable
{
    private const string NewMessages = "cohorts.new-messages";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<int>, byte>> listeners = new();
    private readonly IClusterEvents cluster;
    private readonly IDisposable[] subscriptions;

    public ConversationFeed(IClusterEvents cluster)
    {
        this.cluster = cluster;
        subscriptions = [cluster.Subscribe(NewMessages, Deliver), cluster.OnEventsLost(EndEveryFeed)];
    }

    public Subscription Subscribe(Guid conversationId)
    {
        // One waiting wake-up is enough: the feed reads everything after what it last sent.
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        listeners.GetOrAdd(conversationId, _ => new()).TryAdd(channel, 0);
        return new Subscription(channel.Reader, () =>
        {
            if (listeners.TryGetValue(conversationId, out var channels))
            {
                channels.TryRemove(channel, out _);
                channel.Writer.TryComplete();
            }
        });
    }

    /// <summary>Tells the conversation's open pages on every instance that message <paramref name="number"/> is saved.</summary>
    public void Announce(Guid conversationId, int number) =>
        cluster.Publish(NewMessages, JsonSerializer.Serialize(new AnnouncedMessage(conversationId, number), Json));

    private void Deliver(string payload)
    {
        var announced = JsonSerializer.Deserialize<AnnouncedMessage>(payload, Json)!;
        if (listeners.TryGetValue(announced.ConversationId, out var channels))
        {
            foreach (var channel in channels.Keys)
            {
                channel.Writer.TryWrite(announced.Number);
            }
        }
    }

    private void EndEveryFeed()
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
    }

    private sealed record AnnouncedMessage(Guid ConversationId, int Number);

    public enum Wake
    {
        /// <summary>A message was written: read what is new.</summary>
        NewMessage,

        /// <summary>Nothing for a while.</summary>
        Quiet,

        /// <summary>Events may have been lost: the page should reconnect and catch up.</summary>
        Ended,
    }

    public sealed class Subscription(ChannelReader<int> reader, Action unsubscribe) : IDisposable
    {
        /// <summary>Waits until a message is announced, <paramref name="timeout"/> passes, or the feed is ended.</summary>
        public async Task<Wake> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            waiting.CancelAfter(timeout);
            try
            {
                if (!await reader.WaitToReadAsync(waiting.Token))
                {
                    return Wake.Ended;
                }

                while (reader.TryRead(out _))
                {
                }

                return Wake.NewMessage;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Wake.Quiet;
            }
        }

        public void Dispose() => unsubscribe();
    }
}
