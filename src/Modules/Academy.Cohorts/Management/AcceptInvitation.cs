using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Management;

/// <summary>The signed-in person joins the cohort with the invitation (once; the link is spent).</summary>
public sealed record AcceptInvitation(string Token) : IRequest<string>;

internal sealed class AcceptInvitationHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<CohortsText> t, Academy.Cohorts.People.DirectoryMemory memory) : IRequestHandler<AcceptInvitation, string>
{
    public async Task<string> Handle(AcceptInvitation request, CancellationToken cancellationToken)
    {
        var hash = CohortInvitation.Hash(request.Token ?? string.Empty);
        var now = clock.GetUtcNow();
        var invitation = await data.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken)
            ?? throw new NotFoundException("No invitation with this link.");
        var cohort = await data.Cohorts.Include(c => c.Members).SingleAsync(c => c.Id == invitation.CohortId, cancellationToken);
        if (invitation.AcceptedBy == currentUser.UserId)
        {
            return cohort.Slug; // accepted already, by this person: a second click
        }

        if (!invitation.IsOpen(now))
        {
            throw new RuleViolation(invitation.AcceptedAt is null ? t["This invitation has expired; ask your instructor for a new one."] : t["This invitation has been used."], nameof(AcceptInvitation.Token));
        }

        invitation.Accept(currentUser.UserId, now);
        if (cohort.Members.All(m => m.UserId != currentUser.UserId))
        {
            cohort.Enrol(currentUser.UserId, currentUser.DisplayName ?? invitation.Name, CohortRole.Learner, now);
        }

        await data.SaveChangesAsync(cancellationToken);
        memory.Forget();
        return cohort.Slug;
    }
}
