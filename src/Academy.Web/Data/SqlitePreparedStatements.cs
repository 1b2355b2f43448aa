using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Academy.Web.Data;

/// <summary>
/// Keeps the statements SQLite compiled for the app's queries, as Npgsql does on PostgreSQL
/// (<see cref="DatabaseServiceCollectionExtensions.WithPreparedStatements"/>): each pooled context's connection stays
/// open for the context's life, and a query whose SQL that connection has run before runs its compiled statement again
/// with the new parameters.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite compiles a command's SQL anew for every command and drops the statements when the command
/// or its connection closes (dotnet/efcore#14044); EF creates a command for each query and closes the connection
/// after it. Compiling the SQL was about 12% of the thread page's CPU, more than running it, and opening and closing the
/// pooled connection 2% more (docs/performance.md). The connection is opened from Microsoft.Data.Sqlite's pool once and
/// returned to it when the pooled context is disposed. EF's own SQLite functions for decimal arithmetic and sums and
/// for <c>Regex.IsMatch</c> are registered by EF's connection factory, which this replaces; the app's queries use
/// neither (no entity has a decimal).
/// </remarks>
internal sealed class SqlitePreparedStatements : DbConnectionInterceptor, IDbCommandInterceptor
{
    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result) =>
        eventData.ConnectionString is { } connectionString
            ? InterceptionResult<DbConnection>.SuppressWithResult(new KeptOpenSqliteConnection(connectionString))
            : result;

    public DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        eventData.ExecuteMethod == DbCommandMethod.ExecuteReader && result is SqliteCommand { Connection: KeptOpenSqliteConnection connection } command
            ? connection.PreparedFor(command)
            : result;
}

/// <summary>
/// An SQLite connection that stays open until it is disposed, with the commands it has run, their statements compiled,
/// the most recently used <see cref="DatabaseServiceCollectionExtensions.PreparedStatementsPerConnection"/> of them.
/// </summary>
internal sealed class KeptOpenSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    private readonly Dictionary<string, LinkedListNode<ReusableSqliteCommand>> commandsBySql = new(StringComparer.Ordinal);
    private readonly LinkedList<ReusableSqliteCommand> mostRecentFirst = [];
    private bool closingForGood;

    /// <summary>Stays open, its statements with it. What a close would undo is undone: an open transaction rolls back.</summary>
    public override void Close()
    {
        if (closingForGood)
        {
            base.Close();
        }
        else
        {
            Transaction?.Dispose();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            closingForGood = true;
            foreach (var command in mostRecentFirst)
            {
                command.Release();
            }

            mostRecentFirst.Clear();
            commandsBySql.Clear();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// The command this connection keeps for <paramref name="command"/>'s SQL, given its parameters, transaction and
    /// timeout; or <paramref name="command"/> itself while the kept one is still being read (the same query nested).
    /// </summary>
    public SqliteCommand PreparedFor(SqliteCommand command)
    {
        if (commandsBySql.TryGetValue(command.CommandText, out var node))
        {
            if (node.Value.IsReading)
            {
                return command;
            }

            mostRecentFirst.Remove(node);
            mostRecentFirst.AddFirst(node);
        }
        else
        {
            if (commandsBySql.Count >= DatabaseServiceCollectionExtensions.PreparedStatementsPerConnection && !TryForgetLeastRecentlyUsed())
            {
                return command;
            }

            node = mostRecentFirst.AddFirst(new ReusableSqliteCommand(command.CommandText, this));
            commandsBySql.Add(command.CommandText, node);
        }

        var kept = node.Value;
        kept.Parameters.Clear();
        foreach (SqliteParameter parameter in command.Parameters)
        {
            kept.Parameters.Add(parameter);
        }

        kept.Transaction = command.Transaction;
        kept.CommandTimeout = command.CommandTimeout;
        command.Parameters.Clear();
        command.Dispose();
        return kept;
    }

    private bool TryForgetLeastRecentlyUsed()
    {
        if (mostRecentFirst.Last is not { Value.IsReading: false } leastRecent)
        {
            return false;
        }

        mostRecentFirst.RemoveLast();
        commandsBySql.Remove(leastRecent.Value.CommandText);
        leastRecent.Value.Release();
        return true;
    }
}

/// <summary>A command that outlives EF's disposing of it after each query, until its connection releases it.</summary>
internal sealed class ReusableSqliteCommand(string commandText, KeptOpenSqliteConnection connection) : SqliteCommand(commandText, connection)
{
    private bool released;

    public bool IsReading => DataReader is not null;

    public void Release()
    {
        released = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (released)
        {
            base.Dispose(disposing);
        }
    }
}
