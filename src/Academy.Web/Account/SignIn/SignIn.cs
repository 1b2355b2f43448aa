using Academy.Contracts.Access;
using Academy.Shared.Errors;
using Academy.Shared.Time;
using Academy.Web.Identity;
using Academy.Web.Resources;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Account.SignIn;

/// <param name="BrowserTimeZone">The zone the browser reports (IANA), kept for an account that has none yet; null without scripts.</param>
[AllowAnonymousRequest]
public sealed record SignIn(string Email, string Password, bool RememberMe, string? BrowserTimeZone = null) : IRequest;

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator(IStringLocalizer<WebText> t)
    {
        RuleFor(request => request.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."]);
        RuleFor(request => request.Password).NotEmpty().WithMessage(_ => t["Enter your password."]);
    }
}

/// <summary>
/// Signs in with lockout on. Unknown e-mail, wrong password and a locked account give the same answer, and an
/// unknown e-mail still pays for a password hash, so neither the message nor the timing tells who has an account.
/// </summary>
internal sealed class SignInHandler(
    UserManager<AcademyUser> userManager,
    SignInManager<AcademyUser> signInManager,
    IPasswordHasher<AcademyUser> passwordHasher,
    IStringLocalizer<WebText> t) : IRequestHandler<SignIn, MediatR.Unit>
{
    public const string NoMatch =
        "That e-mail and password do not match an account we can sign in. After five failed tries, sign-in pauses for 15 minutes.";

    private static readonly AcademyUser NobodyUser = new() { UserName = "nobody" };
    private static string? nobodyHash;

    public async Task<MediatR.Unit> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            nobodyHash ??= passwordHasher.HashPassword(NobodyUser, Guid.NewGuid().ToString());
            passwordHasher.VerifyHashedPassword(NobodyUser, nobodyHash, request.Password);
            throw new RuleViolation(t[NoMatch]);
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            throw new RuleViolation(t[NoMatch]);
        }

        // The first sign-in with a script suggests the browser's zone; a zone the person has (or chose) is never replaced.
        // Kept before the cookie is issued, so the zone travels in it from this sign-in on.
        if (user.TimeZone is null && ZonedTime.Exists(request.BrowserTimeZone))
        {
            user.TimeZone = request.BrowserTimeZone;
            await userManager.UpdateAsync(user);
        }

        await signInManager.SignInAsync(user, request.RememberMe);
        return MediatR.Unit.Value;
    }
}
