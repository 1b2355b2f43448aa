using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Resources;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Posts.PostHistory;

/// <summary>Every text a post has had, newest first, for anyone who can read the thread.</summary>
public sealed record GetPostHistory(string CohortSlug, int ThreadNumber, int Sequence) : IRequest<PostHistory>;

/// <param name="ThreadLanguage">The language of a thread the course opened (its title, and the course's own post, are course content); null for people's threads.</param>
public sealed record PostHistory(string ThreadTitle, int Sequence, string AuthorName, IReadOnlyList<PostVersion> Versions, string? ThreadLanguage = null);

public sealed record PostVersion(string Label, DateTimeOffset WrittenAt, string Html);

internal sealed class GetPostHistoryHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<GetPostHistory, PostHistory>
{
    public async Task<PostHistory> Handle(GetPostHistory request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var post = await data.PostAt(participant, request.ThreadNumber, request.Sequence)
            .Where(found => found.Post.DeletedAt == null && (found.Post.HiddenAt == null || participant.IsModerator))
            .Select(found => new
            {
                found.Thread.Title, found.Thread.ContentLanguage, found.Post.AuthorName, found.Post.BodyHtml, found.Post.CreatedAt, found.Post.EditedAt,
                Revisions = found.Post.Revisions.OrderByDescending(r => r.Number).Select(r => new { r.Number, r.WrittenAt, r.BodyHtml }).ToList(),
            })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Post {request.ThreadNumber}/{request.Sequence} has no history to show.");

        var versions = new List<PostVersion> { new(post.EditedAt is null ? t["Original"] : t["Current"], post.EditedAt ?? post.CreatedAt, post.BodyHtml) };
        versions.AddRange(post.Revisions.Select(r => new PostVersion(r.Number == 1 ? t["Original"] : t["Edit {0}", r.Number - 1], r.WrittenAt, r.BodyHtml)));
        return new PostHistory(post.Title, request.Sequence, post.AuthorName, versions, post.ContentLanguage);
    }
}
