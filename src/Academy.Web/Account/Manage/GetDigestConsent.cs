using Academy.Shared.Security;
using Academy.Web.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Account.Manage;

/// <summary>Whether the signed-in member gets the daily digest.</summary>
public sealed record GetDigestConsent : IRequest<bool>;

internal sealed class GetDigestConsentHandler(UserManager<AcademyUser> userManager, ICurrentUser currentUser) : IRequestHandler<GetDigestConsent, bool>
{
    public async Task<bool> Handle(GetDigestConsent request, CancellationToken cancellationToken) =>
        (await userManager.FindByIdAsync(currentUser.UserId))?.WantsDailyDigest == true;
}
