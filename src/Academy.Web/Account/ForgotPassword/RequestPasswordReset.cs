using System.Text;
using Academy.Contracts.Access;
using Academy.Shared.Links;
using Academy.Web.Identity;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Academy.Web.Account.ForgotPassword;

/// <summary>
/// E-mails a single-use reset link if the address has an account. The caller always hears the same thing,
/// whether or not it has.
/// </summary>
[AllowAnonymousRequest]
public sealed record RequestPasswordReset(string Email) : IRequest;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator(IStringLocalizer<WebText> t) => RuleFor(request => request.Email).ValidEmail(t);
}

internal sealed class RequestPasswordResetHandler(
    UserManager<AcademyUser> userManager,
    IEmailSender<AcademyUser> emailSender,
    PublicSite site) : IRequestHandler<RequestPasswordReset, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var user = await userManager.FindByEmailAsync(email);
        if (user is null)
        {
            return MediatR.Unit.Value;
        }

        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = site.Link($"/Account/ResetPassword?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}");
        await emailSender.SendPasswordResetLinkAsync(user, email, link);
        return MediatR.Unit.Value;
    }
}
