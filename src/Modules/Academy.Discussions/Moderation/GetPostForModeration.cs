using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Moderation;

/// <summary>For a moderator about to hide or show a post: whose it is and whether it is hidden now.</summary>
public sealed record GetPostForModeration(string CohortSlug, int ThreadNumber, int Sequence) : IRequest<PostForModeration>;

/// <param name="ThreadLanguage">The language of a thread the course opened (its title is course content); null for people's threads.</param>
public sealed record PostForModeration(string ThreadTitle, string AuthorName, bool IsHidden, string? HiddenReason, string? ThreadLanguage = null);

internal sealed class GetPostForModerationHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetPostForModeration, PostForModeration>
{
    public async Task<PostForModeration> Handle(GetPostForModeration request, CancellationToken cancellationToken)
    {
        var moderator = await mediator.ModeratorAsync(currentUser, request.CohortSlug, cancellationToken);
        return await data.PostAt(moderator, request.ThreadNumber, request.Sequence)
                   .Select(found => new PostForModeration(found.Thread.Title, found.Post.AuthorName, found.Post.HiddenAt != null, found.Post.HiddenReason, found.Thread.ContentLanguage))
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException($"Post {request.ThreadNumber}/{request.Sequence} is not in {request.CohortSlug}.");
    }
}
