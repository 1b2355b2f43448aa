using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Posts.EditPost;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

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

        // The withdrawn post may have been the thread's only answer: the thread's answer becomes the earliest one left, or
        // none, worked out in the same transaction as the deletion so that the two cannot disagree.
        await data.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await data.Database.BeginTransactionAsync(cancellationToken);
            await data.SaveChangesAsync(cancellationToken);
            await data.Threads.Where(thread => thread.Id == post.ThreadId && thread.AnsweredAt != null && thread.AuthorId != post.AuthorId)
                .ExecuteUpdateAsync(thread => thread.SetProperty(t => t.AnsweredAt, t => data.Posts
                    .Where(answer => answer.ThreadId == t.Id && answer.AuthorId != t.AuthorId && answer.DeletedAt == null)
                    .Min(answer => (DateTimeOffset?)answer.CreatedAt)), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return MediatR.Unit.Value;
    }
}
