using Academy.Contracts.Access;
using Academy.Web.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Admin;

/// <summary>Accounts whose name or e-mail contains the text (all, newest first, when it is empty), with roles and lock state.</summary>
[RequiresRole(Roles.Admin)]
public sealed record FindUsers(string? Text) : IRequest<IReadOnlyList<UserLine>>;

public sealed record UserLine(string Id, string Name, string Email, IReadOnlyList<string> Roles, bool IsLocked);

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
