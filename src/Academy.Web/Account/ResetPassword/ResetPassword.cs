using System.Text;
using Academy.Contracts.Access;
using Academy.Web.Identity;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Academy.Shared.Errors;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Account.ResetPassword;

[AllowAnonymousRequest]
public sealed record ResetPassword(string Email, string Code, string Password) : IRequest;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator(IStringLocalizer<WebText> t)
    {
        RuleFor(request => request.Email).ValidEmail(t);
        RuleFor(request => request.Code).NotEmpty().WithMessage(_ => t["This reset link is incomplete. Ask for a new one."]);
        RuleFor(request => request.Password).NewPassword(t);
    }
}

internal sealed class ResetPasswordHandler(UserManager<AcademyUser> userManager, IStringLocalizer<WebText> t) : IRequestHandler<ResetPassword, MediatR.Unit>
{
    private const string ExpiredLink = "This reset link has expired or was already used. Ask for a new one.";

    public async Task<MediatR.Unit> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByEmailAsync(request.Email.Trim());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(request.Code));
        }
        catch (FormatException)
        {
            throw new RuleViolation(t[ExpiredLink]);
        }

        // An unknown address fails exactly like a bad link, so the form does not reveal who has an account.
        var result = user is null ? IdentityResult.Failed() : await userManager.ResetPasswordAsync(user, token, request.Password);
        if (!result.Succeeded)
        {
            var passwordErrors = result.Errors.Where(error => error.Code.StartsWith("Password", StringComparison.Ordinal)).ToList();
            throw passwordErrors.Count > 0
                ? new RuleViolation(passwordErrors.Select(error => new RuleMessage(nameof(ResetPassword.Password), error.Description)).ToList())
                : new RuleViolation(t[ExpiredLink]);
        }

        await userManager.ResetAccessFailedCountAsync(user!);
        return MediatR.Unit.Value;
    }
}
