using Academy.Shared.Cluster;

namespace Academy.Discussions.Threads.LiveThread;

/// <summary>A post as the live feed sends it to open thread pages.</summary>
public sealed record LivePost(int Sequence, int? ParentSequence, string AuthorName, string Html, DateTimeOffset CreatedAt);

/// <summary>
/// New posts for the thread pages open in this app instance, keyed by thread; a post written through another instance
/// arrives as a cluster event. Pages that connect or reconnect first receive what they missed from the database.
/// Bounded: a page that cannot keep up drops its oldest posts and catches up on its next reconnect.
/// </summary>
internal sealed class ThreadFeed(IClusterEvents cluster) : LiveFanOut<LivePost>(cluster, "discussions.new-posts", capacity: 100);
