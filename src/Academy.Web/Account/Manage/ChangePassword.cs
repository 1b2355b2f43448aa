using Academy.Shared.Errors;
using Academy.Shared.Security;
using Academy.Web.Identity;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Account.Manage;

public sealed record ChangePassword(string CurrentPassword, string NewPassword) : IRequest;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator(IStringLocalizer<WebText> t)
    {
        RuleFor(request => request.CurrentPassword).NotEmpty().WithMessage(_ => t["Enter your current password."]);
        RuleFor(request => request.NewPassword).NewPassword(t);
    }
}

internal sealed class ChangePasswordHandler(
    UserManager<AcademyUser> userManager,
    SignInManager<AcademyUser> signInManager,
    ICurrentUser currentUser,
    IStringLocalizer<WebText> t) : IRequestHandler<ChangePassword, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(currentUser.UserId) ?? throw new NotFoundException("The account no longer exists.");
        var result = await userManager.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            throw new RuleViolation(result.Errors.Select(error => new RuleMessage(
                error.Code == "PasswordMismatch" ? nameof(ChangePassword.CurrentPassword) : nameof(ChangePassword.NewPassword),
                error.Code == "PasswordMismatch" ? t["That is not your current password."] : error.Description)).ToList());
        }

        await signInManager.RefreshSignInAsync(user);
        return MediatR.Unit.Value;
    }
}
