using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Academy.Web.Startup;

/// <summary>
/// Lets one instance at a time bring the shared database up to date (migrations, roles, content, the demo).
/// Instances started together would otherwise race: a migration applied twice fails, and two imports of the
/// same course collide. A session-level lock of the database server itself (PostgreSQL's advisory lock, SQL
/// Server's application lock) needs no table, so it holds before the first migration, and the server releases
/// it if the instance dies holding it. SQLite is one instance's own file: nothing to share.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    // Any fixed number that every instance agrees on: "Academy" in ASCII.
    private const long AdvisoryLockKey = 0x41636164656D79;
    private const string ApplicationLockName = "academy-startup";

    private readonly DatabaseFacade database;

    private StartupLock(DatabaseFacade database) => this.database = database;

    public static async Task<StartupLock?> AcquireAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (database.IsSqlite())
        {
            return null;
        }

        // The lock belongs to the connection: keep it open until the work is done. Waiting for another instance's
        // migrations and seed can outlast an ordinary command timeout.
        await database.OpenConnectionAsync(cancellationToken);
        var timeout = database.GetCommandTimeout();
        database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        try
        {
            if (database.IsNpgsql())
            {
                await database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
            }
            else
            {
                await database.ExecuteSqlRawAsync(
                    $"EXEC sp_getapplock @Resource = N'{ApplicationLockName}', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = -1",
                    cancellationToken);
            }
        }
        finally
        {
            database.SetCommandTimeout(timeout);
        }

        return new StartupLock(database);
    }

    public async ValueTask DisposeAsync()
    {
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({AdvisoryLockKey})");
        }
        else
        {
            await database.ExecuteSqlRawAsync($"EXEC sp_releaseapplock @Resource = N'{ApplicationLockName}', @LockOwner = N'Session'");
        }

        await database.CloseConnectionAsync();
    }
}
