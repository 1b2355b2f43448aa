using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Moderation;

/// <summary>A moderator marks a flag as dealt with.</summary>
public sealed record ResolveFlag(string CohortSlug, Guid FlagId) : IRequest;

internal sealed class ResolveFlagHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock,
    IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<ResolveFlag, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ResolveFlag request, CancellationToken cancellationToken)
    {
        var moderator = await mediator.ModeratorAsync(currentUser, request.CohortSlug, cancellationToken);
        var flag = await data.PostFlags.SingleOrDefaultAsync(f => f.Id == request.FlagId && f.CohortSlug == moderator.CohortSlug, cancellationToken)
            ?? throw new NotFoundException($"Flag {request.FlagId} is not in {request.CohortSlug}.");
        var now = clock.GetUtcNow();
        flag.Resolve(now);
        data.ModerationLog.Add(new ModerationEntry(moderator.CohortSlug, flag.ThreadNumber, flag.PostSequence, ModerationAction.ResolveFlag,
            t["Flag by {0}: {1}", flag.FlaggedByName, flag.Reason], moderator.Author, now)); // in the moderator's language, as they would write it
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
