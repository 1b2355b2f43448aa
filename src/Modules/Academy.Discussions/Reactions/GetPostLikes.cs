using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Reactions;

/// <summary>Who likes a post, for anyone who can read the thread.</summary>
public sealed record GetPostLikes(string CohortSlug, int ThreadNumber, int Sequence) : IRequest<PostLikes>;

/// <param name="ThreadLanguage">The language of a thread the course opened (its title is course content); null for people's threads.</param>
public sealed record PostLikes(string ThreadTitle, string AuthorName, IReadOnlyList<string> LikedBy, string? ThreadLanguage = null);

internal sealed class GetPostLikesHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetPostLikes, PostLikes>
{
    public async Task<PostLikes> Handle(GetPostLikes request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var post = await data.PostAt(participant, request.ThreadNumber, request.Sequence)
            .Select(found => new
            {
                found.Thread.Title, found.Thread.ContentLanguage, found.Post.AuthorName,
                Names = found.Post.Likes.OrderBy(like => like.LikedAt).Select(like => like.UserName).ToList(),
            })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Post {request.ThreadNumber}/{request.Sequence} is not in {request.CohortSlug}.");
        return new PostLikes(post.Title, post.AuthorName, post.Names, post.ContentLanguage);
    }
}
