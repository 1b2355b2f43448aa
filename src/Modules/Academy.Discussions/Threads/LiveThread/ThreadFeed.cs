using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Academy.Shared.Cluster;

namespace Academy.Discussions.Threads.LiveThread;

/// <summary>A post as the live feed sends it to open thread pages.</summary>
public sealed record LivePost(int Sequence, int? ParentSequence, string AuthorName, string Html, DateTimeOffset CreatedAt);

/// <summary>
/// Fans new posts out to the thread pages open in this app instance (a channel per open page); a post written
/// through another instance arrives as a cluster event. Pages that connect or reconnect first receive what they
/// missed from the database, so nothing is lost between the two: when cluster events may have been lost, every
/// open stream ends and its page reconnects and catches up.
/// </summary>
internal sealed class ThreadFeed : IDisposable
{
    private const string NewPosts = "discussions.new-posts";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<LivePost>, byte>> listeners = new();
    private readonly IClusterEvents cluster;
    private readonly IDisposable[] subscriptions;

    public ThreadFeed(IClusterEvents cluster)
    {
        this.cluster = cluster;
        subscriptions = [cluster.Subscribe(NewPosts, Deliver), cluster.OnEventsLost(EndEveryStream)];
    }

    public Subscription Subscribe(Guid threadId)
    {
        // Bounded: a reader that cannot keep up drops its oldest posts and catches up on its next reconnect.
        var channel = Channel.CreateBounded<LivePost>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest });
        listeners.GetOrAdd(threadId, _ => new()).TryAdd(channel, 0);
        return new Subscription(channel.Reader, () =>
        {
            if (listeners.TryGetValue(threadId, out var channels))
            {
                channels.TryRemove(channel, out _);
                channel.Writer.TryComplete();
            }
        });
    }

    /// <summary>Sends a saved post to its thread's open pages on every instance.</summary>
    public void Announce(Guid threadId, LivePost post) => cluster.Publish(NewPosts, JsonSerializer.Serialize(new AnnouncedPost(threadId, post), Json));

    private void Deliver(string payload)
    {
        var announced = JsonSerializer.Deserialize<AnnouncedPost>(payload, Json)!;
        if (listeners.TryGetValue(announced.ThreadId, out var channels))
        {
            foreach (var channel in channels.Keys)
            {
                channel.Writer.TryWrite(announced.Post);
            }
        }
    }

    private void EndEveryStream()
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

    private sealed record AnnouncedPost(Guid ThreadId, LivePost Post);

    public sealed class Subscription(ChannelReader<LivePost> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<LivePost> Posts { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}
