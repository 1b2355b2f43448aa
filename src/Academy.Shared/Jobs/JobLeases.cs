using Microsoft.EntityFrameworkCore;

namespace Academy.Shared.Jobs;

/// <summary>
/// Decides which of several instances runs a background job, with a row per job in the shared database: one
/// conditional UPDATE takes the lease, so exactly one instance wins it, on SQLite, PostgreSQL and SQL Server alike.
/// A job takes its lease until the end of its period and keeps it, so an instance that wakes later in the same
/// period finds it held: the job runs once per period, whoever runs it. A lease that has run out (its holder died,
/// or the period is over) is taken by whoever asks next.
/// </summary>
public sealed class JobLeases(DbContext db, LeaseHolder holder, TimeProvider clock)
{
    /// <summary>
    /// Takes the lease of <paramref name="job"/> until <paramref name="until"/> when it has run out, or when this
    /// instance holds it for an earlier time (extending it); false when another instance holds it, or this one
    /// already holds it that long.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string job, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await EnsureExistsAsync(job, cancellationToken);
        var now = clock.GetUtcNow();
        var me = holder.Name;
        // The database checks and writes in one statement: of instances asking at once, one finds the condition true.
        var taken = await db.Set<JobLease>()
            .Where(lease => lease.Name == job && (lease.ExpiresAt <= now || (lease.Holder == me && lease.ExpiresAt < until)))
            .ExecuteUpdateAsync(lease => lease.SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        return taken == 1;
    }

    /// <summary>The end of the period of length <paramref name="period"/> that <paramref name="now"/> falls in, periods counted in UTC from year 1 (whole minutes, hours, days).</summary>
    public static DateTimeOffset EndOfPeriod(DateTimeOffset now, TimeSpan period) =>
        new(now.UtcTicks - (now.UtcTicks % period.Ticks) + period.Ticks, TimeSpan.Zero);

    /// <summary>The job's row, added (already run out) the first time the job is asked for; another instance adding it at the same moment is no failure.</summary>
    private async Task EnsureExistsAsync(string job, CancellationToken cancellationToken)
    {
        if (await db.Set<JobLease>().AnyAsync(lease => lease.Name == job, cancellationToken))
        {
            return;
        }

        var lease = new JobLease { Name = job, ExpiresAt = DateTimeOffset.UnixEpoch };
        db.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await db.Set<JobLease>().AnyAsync(l => l.Name == job, cancellationToken))
            {
                throw;
            }
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }
}

/// <summary>This app instance, as the holder of job leases: unique per process start, and readable in the table.</summary>
public sealed class LeaseHolder
{
    public string Name { get; } = $"{Truncated(Environment.MachineName, 100)}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private static string Truncated(string text, int length) => text.Length <= length ? text : text[..length];
}
