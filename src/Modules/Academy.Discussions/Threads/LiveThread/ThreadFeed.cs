using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Academy.Discussions.Threads.LiveThread;

/// <summary>A post as the live feed sends it to open thread pages.</summary>
public sealed record LivePost(int Sequence, int? ParentSequence, string AuthorName, string Html, DateTimeOffset CreatedAt);

/// <summary>
/// Fans new posts out to the thread pages open in this app instance (a channel per open page). Pages that
/// connect or reconnect first receive what they missed from the database, so nothing is lost between the two.
/// </summary>
internal sealed class ThreadFeed
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<LivePost>, byte>> listeners = new();

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

    public void Announce(Guid threadId, LivePost post)
    {
        if (listeners.TryGetValue(threadId, out var channels))
        {
            foreach (var channel in channels.Keys)
            {
                channel.Writer.TryWrite(post);
            }
        }
    }

    public sealed class Subscription(ChannelReader<LivePost> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<LivePost> Posts { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}
