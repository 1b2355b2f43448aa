using Academy.Contracts.Access;
using Academy.Web.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Academy.Shared.Errors;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Admin;

/// <summary>Locks an account (signed out everywhere, no sign-in) or unlocks it.</summary>
[RequiresRole(Roles.Admin)]
public sealed record LockAccount(string AccountId, bool Lock) : IRequest;

internal sealed class LockAccountHandler(UserManager<AcademyUser> users, Academy.Shared.Security.ICurrentUser currentUser, IStringLocalizer<WebText> t) : IRequestHandler<LockAccount, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(LockAccount request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.AccountId) ?? throw new Academy.Shared.Errors.NotFoundException($"No user {request.AccountId}.");
        if (request.Lock && user.Id == currentUser.UserId)
        {
            throw new RuleViolation(t["You cannot lock your own account."]);
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, request.Lock ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user); // open sessions of a locked account end at the next stamp check
        return MediatR.Unit.Value;
    }
}
