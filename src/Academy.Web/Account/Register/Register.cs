using Academy.Contracts.Access;
using Academy.Shared.Errors;
using Academy.Shared.Time;
using Academy.Web.Identity;
using Academy.Web.Resources;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Account.Register;

/// <summary>
/// Creates a learner account and signs it in. Instructors and admins are made by admins, never here. The account starts
/// in the browser's time zone when the browser said one; its pages follow the browser's language until the person
/// chooses one.
/// </summary>
/// <param name="BrowserTimeZone">The zone the browser reports (IANA); null without scripts, and ignored when this machine does not know it.</param>
[AllowAnonymousRequest]
public sealed record Register(string DisplayName, string Email, string Password, string? BrowserTimeZone = null) : IRequest;

internal sealed class RegisterValidator : AbstractValidator<Register>
{
    public RegisterValidator(IStringLocalizer<WebText> t)
    {
        RuleFor(request => request.DisplayName).ValidDisplayName(t);
        RuleFor(request => request.Email).ValidEmail(t);
        RuleFor(request => request.Password).NewPassword(t);
    }
}

internal sealed class RegisterHandler(UserManager<AcademyUser> userManager, SignInManager<AcademyUser> signInManager, IConfiguration configuration)
    : IRequestHandler<Register, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(Register request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var user = new AcademyUser
        {
            UserName = email, Email = email, DisplayName = request.DisplayName.Trim(),
            TimeZone = ZonedTime.Exists(request.BrowserTimeZone) ? request.BrowserTimeZone : null,
        };
        var created = await userManager.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            // The same words can come twice (the e-mail is also the user name): each is said once.
            throw new RuleViolation(created.Errors.Select(error => new RuleMessage(FieldOf(error), error.Description)).Distinct().ToList());
        }

        await userManager.AddToRoleAsync(user, Contracts.Access.Roles.Learner);
        if (AccountRules.IsFirstAdmin(configuration, email))
        {
            // The first administrator comes from configuration (Accounts:AdminEmail), never from a default password.
            await userManager.AddToRoleAsync(user, Contracts.Access.Roles.Admin);
        }

        await signInManager.SignInAsync(user, isPersistent: false);
        return MediatR.Unit.Value;
    }

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(Register.Password),
        _ when error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal)
            => nameof(Register.Email),
        _ => string.Empty,
    };
}
