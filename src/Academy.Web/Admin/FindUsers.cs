using System.Globalization;
using System.Linq.Expressions;
using Academy.Contracts.Access;
using Academy.Shared.Data;
using MediatR;
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

/// <summary>
/// One command whatever the number of accounts: one page of them (and one more, to know whether another follows) with
/// their roles, compiled once for the app and collation (<see cref="AdminQueries"/>), as admins page through thousands.
/// </summary>
internal sealed class FindUsersHandler(AdminQueries queries, Academy.Web.Data.AcademyDbContext db, TimeProvider clock) : IRequestHandler<FindUsers, UserPage>
{
    public const int PageSize = 50;

    /// <summary>
    /// The page: accounts whose e-mail or name contains <c>text</c> (in upper case; empty for all), after the keyset when
    /// one is given (null is no condition), in the reader's order (<see cref="NameOrder.Reader"/>), each with its roles.
    /// </summary>
    internal static readonly Expression<Func<Academy.Web.Data.AcademyDbContext, string, string?, string?, IQueryable<FoundUser>>> PageQuery =
        (db, text, afterName, afterId) => db.Users
            .Where(u => text == "" || u.NormalizedEmail!.Contains(text) || u.DisplayName.ToUpper().Contains(text))
            .Where(u => afterName == null || afterId == null
                || string.Compare(EF.Functions.Collate(u.DisplayName, NameOrder.Reader), afterName) > 0
                || (EF.Functions.Collate(u.DisplayName, NameOrder.Reader) == afterName && string.Compare(u.Id, afterId) > 0))
            .OrderBy(u => EF.Functions.Collate(u.DisplayName, NameOrder.Reader))
            .ThenBy(u => u.Id)
            .Take(PageSize + 1)
            .Select(u => new FoundUser
            {
                Id = u.Id,
                DisplayName = u.DisplayName,
                Email = u.Email,
                LockoutEnd = u.LockoutEnd,
                // The role's name by a subquery, not a join: SQLite reads a joined subquery in full before it joins it.
                Roles = db.UserRoles.Where(userRole => userRole.UserId == u.Id)
                    .Select(userRole => db.Roles.Where(role => role.Id == userRole.RoleId).Select(role => role.Name!).First())
                    .ToList(),
            });

    public async Task<UserPage> Handle(FindUsers request, CancellationToken cancellationToken)
    {
        var text = (request.Text ?? string.Empty).Trim().ToUpperInvariant();
        var (afterName, afterId) = string.IsNullOrEmpty(request.AfterName) || string.IsNullOrEmpty(request.AfterId)
            ? (null, null)
            : (request.AfterName, request.AfterId);
        var found = await queries.UsersPage(NameOrder.Collation(db.Database.ProviderName, CultureInfo.CurrentCulture))(db, text, afterName, afterId)
            .ToListAsync(cancellationToken);
        var shown = found.Take(PageSize).ToList();
        var now = clock.GetUtcNow();
        return new UserPage(
            shown.Select(u => new UserLine(u.Id, u.DisplayName, u.Email ?? string.Empty, u.Roles.Order().ToList(), u.LockoutEnd > now)).ToList(),
            found.Count > PageSize ? new UserKey(shown[^1].DisplayName, shown[^1].Id) : null);
    }
}

/// <summary>An account of <see cref="FindUsersHandler.PageQuery"/>'s page, with the names of its roles.</summary>
internal sealed class FoundUser
{
    public string Id { get; init; } = string.Empty;
    public string DisplayName { get; init; } = string.Empty;
    public string? Email { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public List<string> Roles { get; init; } = [];
}
