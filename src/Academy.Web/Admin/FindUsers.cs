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
    /// one is given (null is no condition), in the reader's order (<see cref="NameOrder.Reader"/>): a row for each of an
    /// account's roles, or one with no role when it has none.
    /// </summary>
    /// <remarks>
    /// Roles are rows, not a list in each row: EF's shaper for a list built a delegate and read each row's keys again for
    /// every row. The role's name is found by a subquery, not a join: SQLite reads a joined subquery in full before it
    /// joins it.
    /// </remarks>
    internal static readonly Expression<Func<Academy.Web.Data.AcademyDbContext, string, string?, string?, IQueryable<FoundUser>>> PageQuery =
        (db, text, afterName, afterId) =>
            from u in db.Users
                .Where(u => text == "" || u.NormalizedEmail!.Contains(text) || u.DisplayName.ToUpper().Contains(text))
                .Where(u => afterName == null || afterId == null
                    || string.Compare(EF.Functions.Collate(u.DisplayName, NameOrder.Reader), afterName) > 0
                    || (EF.Functions.Collate(u.DisplayName, NameOrder.Reader) == afterName && string.Compare(u.Id, afterId) > 0))
                .OrderBy(u => EF.Functions.Collate(u.DisplayName, NameOrder.Reader))
                .ThenBy(u => u.Id)
                .Take(PageSize + 1)
            join userRole in db.UserRoles on u.Id equals userRole.UserId into userRoles
            from userRole in userRoles.DefaultIfEmpty()
            orderby EF.Functions.Collate(u.DisplayName, NameOrder.Reader), u.Id
            select new FoundUser
            {
                Id = u.Id,
                DisplayName = u.DisplayName,
                Email = u.Email,
                LockoutEnd = u.LockoutEnd,
                Role = db.Roles.Where(role => role.Id == userRole.RoleId).Select(role => role.Name).FirstOrDefault(),
            };

    public async Task<UserPage> Handle(FindUsers request, CancellationToken cancellationToken)
    {
        var text = (request.Text ?? string.Empty).Trim().ToUpperInvariant();
        var (afterName, afterId) = string.IsNullOrEmpty(request.AfterName) || string.IsNullOrEmpty(request.AfterId)
            ? (null, null)
            : (request.AfterName, request.AfterId);
        var rows = await queries.UsersPage(NameOrder.Collation(db.Database.ProviderName, CultureInfo.CurrentCulture))(db, text, afterName, afterId)
            .ToListAsync(cancellationToken);
        // An account's rows are together, in the page's order; GroupBy keeps both orders.
        var found = rows.GroupBy(row => row.Id).ToList();
        var shown = found.Take(PageSize).ToList();
        var now = clock.GetUtcNow();
        return new UserPage(
            shown.Select(rowsOfOne =>
            {
                var u = rowsOfOne.First();
                return new UserLine(u.Id, u.DisplayName, u.Email ?? string.Empty, [.. rowsOfOne.Select(row => row.Role).OfType<string>().Order()], u.LockoutEnd > now);
            }).ToList(),
            found.Count > PageSize ? new UserKey(shown[^1].First().DisplayName, shown[^1].Key) : null);
    }
}

/// <summary>An account of <see cref="FindUsersHandler.PageQuery"/>'s page, with the name of one of its roles (null for none).</summary>
internal sealed class FoundUser
{
    public string Id { get; init; } = string.Empty;
    public string DisplayName { get; init; } = string.Empty;
    public string? Email { get; init; }
    public DateTimeOffset? LockoutEnd { get; init; }
    public string? Role { get; init; }
}
