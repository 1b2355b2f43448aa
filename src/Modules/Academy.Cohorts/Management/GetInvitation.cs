using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Access;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Management;

/// <summary>What an invitation link leads to; anyone with the link may look (it is the key).</summary>
[AllowAnonymousRequest]
public sealed record GetInvitation(string Token) : IRequest<InvitationView>;

public enum InvitationState
{
    Open,
    Expired,
    Used,
}

public sealed record InvitationView(string CohortSlug, string CohortName, string Email, string Name, InvitationState State, bool UsedByMe);

internal sealed class GetInvitationHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<GetInvitation, InvitationView>
{
    public async Task<InvitationView> Handle(GetInvitation request, CancellationToken cancellationToken)
    {
        var hash = CohortInvitation.Hash(request.Token ?? string.Empty);
        var found = await (
                from invitation in data.Invitations
                where invitation.TokenHash == hash
                join cohort in data.Cohorts on invitation.CohortId equals cohort.Id
                select new { cohort.Slug, cohort.Name, invitation.Email, Invited = invitation.Name, invitation.AcceptedAt, invitation.AcceptedBy, invitation.ExpiresAt })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No invitation with this link.");
        var state = found.AcceptedAt is not null ? InvitationState.Used : found.ExpiresAt <= clock.GetUtcNow() ? InvitationState.Expired : InvitationState.Open;
        return new InvitationView(found.Slug, found.Name, found.Email, found.Invited, state,
            currentUser.IsAuthenticated && found.AcceptedBy == currentUser.UserId);
    }
}
