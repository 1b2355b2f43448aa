using Academy.Contracts.Access;
using Academy.Web.Identity;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Academy.Shared.Errors;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Admin;

/// <summary>Gives or takes the Instructor or Admin role.</summary>
[RequiresRole(Roles.Admin)]
public sealed record ChangeRole(string AccountId, string RoleName, bool Grant) : IRequest;

internal sealed class ChangeRoleValidator : AbstractValidator<ChangeRole>
{
    public ChangeRoleValidator(IStringLocalizer<WebText> t) => RuleFor(r => r.RoleName).Must(role => role is Roles.Instructor or Roles.Admin)
        .WithMessage(_ => t["Only the Instructor and Admin roles are given here; everyone is a learner."]);
}

internal sealed class ChangeRoleHandler(UserManager<AcademyUser> users, Academy.Shared.Security.ICurrentUser currentUser, IStringLocalizer<WebText> t) : IRequestHandler<ChangeRole, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeRole request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.AccountId) ?? throw new Academy.Shared.Errors.NotFoundException($"No user {request.AccountId}.");
        if (!request.Grant && request.RoleName == Roles.Admin && user.Id == currentUser.UserId)
        {
            throw new RuleViolation(t["You cannot take the Admin role from yourself; ask another admin."]);
        }

        var result = request.Grant ? await users.AddToRoleAsync(user, request.RoleName) : await users.RemoveFromRoleAsync(user, request.RoleName);
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user); // open sessions pick up the new roles at the next stamp check
        }

        return MediatR.Unit.Value;
    }
}
