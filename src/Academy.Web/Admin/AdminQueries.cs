using System.Collections.Concurrent;
using Academy.Shared.Data;
using Academy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Admin;

/// <summary>
/// The administration's reads, compiled once for the app (a singleton, not a static: EF binds a compiled query to the
/// model it first ran with, and one process may host apps on several providers, as the test run does).
/// </summary>
internal sealed class AdminQueries
{
    private readonly ConcurrentDictionary<string, Func<AcademyDbContext, string, string?, string?, IAsyncEnumerable<FoundUser>>> usersPages = new(StringComparer.Ordinal);

    /// <summary>The people's page in one collation (one for each language the app speaks), compiled on first use.</summary>
    public Func<AcademyDbContext, string, string?, string?, IAsyncEnumerable<FoundUser>> UsersPage(string collation) =>
        usersPages.GetOrAdd(collation, static named => EF.CompileAsyncQuery(NameOrder.InCollation(FindUsersHandler.PageQuery, named)));
}
