using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Reactions;

/// <summary>The member likes a post (<see cref="Like"/> true) or takes the like back; liking one's own post is not offered.</summary>
public sealed record LikePost(string CohortSlug, int ThreadNumber, int Sequence, bool Like) : IRequest;

internal sealed class LikePostHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<LikePost, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(LikePost request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var userId = participant.Author.UserId;
        var post = await data.PostAt(participant, request.ThreadNumber, request.Sequence)
            .Where(found => found.Post.DeletedAt == null && found.Post.HiddenAt == null && found.Post.AuthorId != userId)
            .Select(found => new { found.Post.Id, Liked = found.Post.Likes.Any(like => like.UserId == userId) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Post {request.ThreadNumber}/{request.Sequence} cannot be liked by this member.");

        if (request.Like && !post.Liked)
        {
            data.PostLikes.Add(new PostLike(post.Id, participant.Author, clock.GetUtcNow()));
            try
            {
                await data.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return MediatR.Unit.Value; // liked twice at once: the other request counted it
            }
        }
        else if (!request.Like && post.Liked)
        {
            await data.PostLikes.Where(like => like.PostId == post.Id && like.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            return MediatR.Unit.Value;
        }

        // Recount rather than add one: the stored count can never drift from the likes.
        await data.Posts.Where(p => p.Id == post.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(row => row.LikeCount, row => row.Likes.Count), cancellationToken);
        return MediatR.Unit.Value;
    }
}
