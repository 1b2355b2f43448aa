using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Threads.LiveThread;

/// <summary>For a page joining the live feed: the thread and the posts after the last one it shows.</summary>
public sealed record GetNewPosts(string CohortSlug, int ThreadNumber, int AfterSequence) : IRequest<NewPosts>;

public sealed record NewPosts(Guid ThreadId, IReadOnlyList<LivePost> Posts);

internal sealed class GetNewPostsHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetNewPosts, NewPosts>
{
    /// <summary>A page that was away longer than this reloads instead of receiving a flood.</summary>
    private const int MostMissedPosts = 50;

    public async Task<NewPosts> Handle(GetNewPosts request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var threadId = await data.ThreadAt(participant, request.ThreadNumber)
            .Select(t => (Guid?)t.Id)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Thread {request.ThreadNumber} is not in {request.CohortSlug}.");
        var posts = await data.Posts
            .Where(p => p.ThreadId == threadId && p.Sequence > request.AfterSequence && p.DeletedAt == null && p.HiddenAt == null)
            .OrderBy(p => p.Sequence)
            .Take(MostMissedPosts)
            .Select(p => new LivePost(p.Sequence, p.ParentSequence, p.AuthorName, p.BodyHtml, p.CreatedAt))
            .ToListAsync(cancellationToken);
        return new NewPosts(threadId, posts);
    }
}
