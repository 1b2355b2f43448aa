using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Shared.Cluster;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Threads.LiveThread;

/// <summary>
/// A thread page joins the live feed: from now on it hears each new post, and it first receives the posts written after
/// the last one it is known to show (<paramref name="AfterSequence"/>).
/// </summary>
public sealed record JoinLiveThread(string CohortSlug, int ThreadNumber, int AfterSequence) : IRequest<LiveThreadJoined>;

/// <param name="Missed">The posts after the page's last one, oldest first, at most <see cref="JoinLiveThreadHandler.MostMissedPosts"/>.</param>
/// <param name="MissedMore">Whether more were missed than were sent: the page comes back for the rest.</param>
/// <param name="Subscription">New posts from now on; the caller disposes it.</param>
public sealed record LiveThreadJoined(IReadOnlyList<LivePost> Missed, bool MissedMore, LiveSubscription<LivePost> Subscription);

internal sealed class JoinLiveThreadHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, ThreadFeed feed)
    : IRequestHandler<JoinLiveThread, LiveThreadJoined>
{
    /// <summary>A page that was away for longer catches up in batches of this many, one per reconnection.</summary>
    public const int MostMissedPosts = 50;

    public async Task<LiveThreadJoined> Handle(JoinLiveThread request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var threadId = await data.ThreadAt(participant, request.ThreadNumber)
            .Select(t => (Guid?)t.Id)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Thread {request.ThreadNumber} is not in {request.CohortSlug}.");

        // Subscribed before the missed posts are read, so a post written in between still reaches the page (perhaps twice:
        // the page skips a post it already shows).
        var subscription = feed.Subscribe(threadId);
        try
        {
            var missed = await data.Posts
                .Where(p => p.ThreadId == threadId && p.Sequence > request.AfterSequence && p.DeletedAt == null && p.HiddenAt == null)
                .OrderBy(p => p.Sequence)
                .Take(MostMissedPosts + 1)
                .Select(p => new LivePost(p.Sequence, p.ParentSequence, p.AuthorName, p.BodyHtml, p.CreatedAt))
                .ToListAsync(cancellationToken);
            var missedMore = missed.Count > MostMissedPosts;
            return new LiveThreadJoined(missedMore ? missed[..MostMissedPosts] : missed, missedMore, subscription);
        }
        catch
        {
            subscription.Dispose();
            throw;
        }
    }
}
