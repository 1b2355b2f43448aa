using System.Data.Common;
using Academy.Shared.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Academy.Web.Data;

/// <summary>
/// Gives SQLite what PostgreSQL and SQL Server have built in, on every connection EF creates (Microsoft.Data.Sqlite
/// applies them again each time the connection opens): the name collations of <see cref="NameOrder"/>, so lists of
/// people page in the reader's order, and lower() and upper() for every letter, not only A to Z, so a search for
/// "äijälä" finds "Äijälä" as it does on the servers.
/// </summary>
internal sealed class SqliteTextFunctions : DbConnectionInterceptor
{
    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        if (result is SqliteConnection connection)
        {
            foreach (var (language, collation) in NameOrder.SqliteCollations)
            {
                connection.CreateCollation(collation, (x, y) => NameOrder.Compare(language, x, y));
            }

            connection.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            connection.CreateFunction("upper", (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
        }

        return result;
    }
}
