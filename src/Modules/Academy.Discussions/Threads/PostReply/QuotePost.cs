using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Threads.PostReply;

/// <summary>A post as a Markdown quote to start a reply with; the quote links back to the quoted post.</summary>
public sealed record QuotePost(string CohortSlug, int ThreadNumber, int Sequence) : IRequest<string>;

internal sealed class QuotePostHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<QuotePost, string>
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
        return $"> **{post.AuthorName}** [wrote](/cohorts/{participant.CohortSlug}/discussions/{request.ThreadNumber}?at={request.Sequence}#post-{request.Sequence}):\n>\n{quoted}\n\n";
    }
}
