using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Academy.Web.Identity;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Account.Manage;

public sealed record ChangeDisplayName(string DisplayName) : IRequest;

internal sealed class ChangeDisplayNameValidator : AbstractValidator<ChangeDisplayName>
{
    public ChangeDisplayNameValidator(IStringLocalizer<WebText> t) => RuleFor(request => request.DisplayName).ValidDisplayName(t);
}

internal sealed class ChangeDisplayNameHandler(
    UserManager<AcademyUser> userManager,
    SignInManager<AcademyUser> signInManager,
    ICurrentUser currentUser,
    IMediator mediator) : IRequestHandler<ChangeDisplayName, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeDisplayName request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(currentUser.UserId) ?? throw new NotFoundException("The account no longer exists.");
        user.DisplayName = request.DisplayName.Trim();
        await userManager.UpdateAsync(user);
        await signInManager.RefreshSignInAsync(user); // the cookie carries the name shown in the header
        await mediator.Publish(new MemberRenamed(user.Id, user.DisplayName), cancellationToken);
        return MediatR.Unit.Value;
    }
}
