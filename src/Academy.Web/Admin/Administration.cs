using Academy.Contracts.Access;
using Academy.Web.Identity;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Academy.Shared.Errors;

namespace Academy.Web.Admin;

/// <summary>Accounts whose name or e-mail contains the text (all, newest first, when it is empty), with roles and lock state.</summary>
[RequiresRole(Roles.Admin)]
public sealed record FindUsers(string? Text) : IRequest<IReadOnlyList<UserLine>>;

public sealed record UserLine(string Id, string Name, string Email, IReadOnlyList<string> Roles, bool IsLocked);

/// <summary>Gives or takes the Instructor or Admin role.</summary>
[RequiresRole(Roles.Admin)]
public sealed record ChangeRole(string AccountId, string RoleName, bool Grant) : IRequest;

/// <summary>Locks an account (signed out everywhere, no sign-in) or unlocks it.</summary>
[RequiresRole(Roles.Admin)]
public sealed record LockAccount(string AccountId, bool Lock) : IRequest;

internal sealed class FindUsersHandler(UserManager<AcademyUser> users, Academy.Web.Data.AcademyDbContext db) : IRequestHandler<FindUsers, IReadOnlyList<UserLine>>
{
    public async Task<IReadOnlyList<UserLine>> Handle(FindUsers request, CancellationToken cancellationToken)
    {
        var text = (request.Text ?? string.Empty).Trim().ToUpperInvariant();
        var found = await users.Users.AsNoTracking()
            .Where(u => text.Length == 0 || u.NormalizedEmail!.Contains(text) || u.DisplayName.ToUpper().Contains(text))
            .OrderBy(u => u.DisplayName)
            .Take(100)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var ids = found.Select(u => u.Id).ToList();
        var roles = await (from userRole in db.UserRoles
                           where ids.Contains(userRole.UserId)
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = DateTimeOffset.UtcNow;
        return found.Select(u => new UserLine(u.Id, u.DisplayName, u.Email ?? string.Empty, byUser[u.Id].Order().ToList(), u.LockoutEnd > now)).ToList();
    }
}

internal sealed class ChangeRoleValidator : AbstractValidator<ChangeRole>
{
    public ChangeRoleValidator() => RuleFor(r => r.RoleName).Must(role => role is Roles.Instructor or Roles.Admin)
        .WithMessage("Only the Instructor and Admin roles are given here; everyone is a learner.");
}

internal sealed class ChangeRoleHandler(UserManager<AcademyUser> users, Academy.Shared.Security.ICurrentUser currentUser) : IRequestHandler<ChangeRole, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeRole request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.AccountId) ?? throw new Academy.Shared.Errors.NotFoundException($"No user {request.AccountId}.");
        if (!request.Grant && request.RoleName == Roles.Admin && user.Id == currentUser.UserId)
        {
            throw new RuleViolation("You cannot take the Admin role from yourself; ask another admin.");
        }

        var result = request.Grant ? await users.AddToRoleAsync(user, request.RoleName) : await users.RemoveFromRoleAsync(user, request.RoleName);
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user); // open sessions pick up the new roles at the next stamp check
        }

        return MediatR.Unit.Value;
    }
}

internal sealed class LockAccountHandler(UserManager<AcademyUser> users, Academy.Shared.Security.ICurrentUser currentUser) : IRequestHandler<LockAccount, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(LockAccount request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.AccountId) ?? throw new Academy.Shared.Errors.NotFoundException($"No user {request.AccountId}.");
        if (request.Lock && user.Id == currentUser.UserId)
        {
            throw new RuleViolation("You cannot lock your own account.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, request.Lock ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user); // open sessions of a locked account end at the next stamp check
        return MediatR.Unit.Value;
    }
}
