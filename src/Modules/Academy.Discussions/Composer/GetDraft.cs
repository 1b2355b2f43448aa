using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Composer;

/// <summary>The member's draft for a place, if any.</summary>
public sealed record GetDraft(string CohortSlug, string Place) : IRequest<DraftText?>;

public sealed record DraftText(string Title, string Body, DateTimeOffset SavedAt);

internal sealed class GetDraftHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetDraft, DraftText?>
{
    public async Task<DraftText?> Handle(GetDraft request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var userId = participant.Author.UserId;
        return await data.Drafts
            .Where(d => d.UserId == userId && d.CohortSlug == participant.CohortSlug && d.Place == request.Place)
            .Select(d => new DraftText(d.Title, d.Body, d.SavedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
