using Academy.Shared.Errors;
using Academy.Shared.Security;
using Academy.Web.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Account.Manage;

/// <summary>The member opts in to (or out of) the daily e-mail digest of their discussions.</summary>
public sealed record ChangeDigestConsent(bool WantsDailyDigest) : IRequest;

internal sealed class ChangeDigestConsentHandler(UserManager<AcademyUser> userManager, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ChangeDigestConsent, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeDigestConsent request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(currentUser.UserId) ?? throw new NotFoundException("The account no longer exists.");
        if (request.WantsDailyDigest && !user.WantsDailyDigest)
        {
            user.LastDigestAt = clock.GetUtcNow(); // the first digest covers what happens from now on
        }

        user.WantsDailyDigest = request.WantsDailyDigest;
        await userManager.UpdateAsync(user);
        return MediatR.Unit.Value;
    }
}
