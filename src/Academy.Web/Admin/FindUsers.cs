using System.Globalization;
using Academy.Contracts.Access;
using Academy.Shared.Data;
using Academy.Web.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Admin;

/// <summary>
/// Accounts whose name or e-mail contains the text (all when it is empty), with roles and lock state, 50 at a time by name
/// (in the reader's collation) then id; a page after the first starts after the account <see cref="AfterName"/> and
/// <see cref="AfterId"/> name, the last of the page before.
/// </summary>
[RequiresRole(Roles.Admin)]
public sealed record FindUsers(string? Text, string? AfterName = null, string? AfterId = null) : IRequest<UserPage>;

/// <param name="Next">Where the next page starts; null on the last page.</param>
public sealed record UserPage(IReadOnlyList<UserLine> Users, UserKey? Next);

/// <summary>The last account of a page, by which the next is found: its name, then its id between namesakes.</summary>
public sealed record UserKey(string Name, string Id);

public sealed record UserLine(string Id, string Name, string Email, IReadOnlyList<string> Roles, bool IsLocked);

/// <summary>Two commands whatever the number of accounts: one page of them (and one more, to know whether another follows), then their roles.</summary>
internal sealed class FindUsersHandler(UserManager<AcademyUser> users, Academy.Web.Data.AcademyDbContext db) : IRequestHandler<FindUsers, UserPage>
{
    public const int PageSize = 50;

    public async Task<UserPage> Handle(FindUsers request, CancellationToken cancellationToken)
    {
        var text = (request.Text ?? string.Empty).Trim().ToUpperInvariant();
        var query = users.Users.AsNoTracking()
            .Where(u => text.Length == 0 || u.NormalizedEmail!.Contains(text) || u.DisplayName.ToUpper().Contains(text));
        if (!string.IsNullOrEmpty(request.AfterName) && !string.IsNullOrEmpty(request.AfterId))
        {
            var (afterName, afterId) = (request.AfterName, request.AfterId);
            query = query.Where(u => string.Compare(EF.Functions.Collate(u.DisplayName, NameOrder.Reader), afterName) > 0
                                     || (EF.Functions.Collate(u.DisplayName, NameOrder.Reader) == afterName && string.Compare(u.Id, afterId) > 0));
        }

        var found = await query
            .OrderBy(u => EF.Functions.Collate(u.DisplayName, NameOrder.Reader))
            .ThenBy(u => u.Id)
            .Take(PageSize + 1)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd })
            .InReaderOrder(db.Database.ProviderName, CultureInfo.CurrentCulture)
            .ToListAsync(cancellationToken);
        var shown = found.Take(PageSize).ToList();
        var ids = shown.Select(u => u.Id).ToList();
        var roles = await (from userRole in db.UserRoles
                           where ids.Contains(userRole.UserId)
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = DateTimeOffset.UtcNow;
        return new UserPage(
            shown.Select(u => new UserLine(u.Id, u.DisplayName, u.Email ?? string.Empty, byUser[u.Id].Order().ToList(), u.LockoutEnd > now)).ToList(),
            found.Count > PageSize ? new UserKey(shown[^1].DisplayName, shown[^1].Id) : null);
    }
}
