using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Threads.PostReply;

/// <summary>
/// A post as a Markdown quote to start a reply with; the quote links back to the quoted post, under a heading in the
/// language of whoever quotes ("Mikko Laine wrote:"): it becomes part of their own post.
/// </summary>
public sealed record QuotePost(string CohortSlug, int ThreadNumber, int Sequence) : IRequest<string>;

internal sealed class QuotePostHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<QuotePost, string>
{
    public async Task<string> Handle(QuotePost request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var post = await data.PostAt(participant, request.ThreadNumber, request.Sequence)
            .Where(found => found.Post.DeletedAt == null)
            .Select(found => new { found.Post.AuthorName, found.Post.BodyMarkdown })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Post {request.ThreadNumber}/{request.Sequence} cannot be quoted.");

        var quoted = string.Join("\n", post.BodyMarkdown.ReplaceLineEndings("\n").Split('\n').Select(line => $"> {line}".TrimEnd()));
        var heading = t["> **{0}** [wrote]({1}):", post.AuthorName,
            $"/cohorts/{participant.CohortSlug}/discussions/{request.ThreadNumber}?at={request.Sequence}#post-{request.Sequence}"];
        return $"{heading}\n>\n{quoted}\n\n";
    }
}
