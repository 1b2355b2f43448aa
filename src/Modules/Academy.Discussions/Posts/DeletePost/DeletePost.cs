using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Posts.EditPost;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Discussions.Posts.DeletePost;

/// <summary>The author deletes their post: it shows as "deleted by author" and its replies stay.</summary>
public sealed record DeletePost(string CohortSlug, int ThreadNumber, int Sequence) : IRequest;

internal sealed class DeletePostHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<DeletePost, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeletePost request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var (post, _, _) = await data.FindOwnAsync(participant, request.ThreadNumber, request.Sequence, cancellationToken);
        post.Delete(clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
