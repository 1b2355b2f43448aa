using Academy.Web.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Account.SignOut;

/// <summary>Signing out when nobody is signed in is harmless, so anyone may.</summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record SignOut : IRequest;

internal sealed class SignOutHandler(SignInManager<AcademyUser> signInManager) : IRequestHandler<SignOut, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SignOut request, CancellationToken cancellationToken)
    {
        await signInManager.SignOutAsync();
        return MediatR.Unit.Value;
    }
}
