using Academy.Cohorts.Notifications;
using Academy.Contracts.Cohorts;
using Academy.Shared.Email;
using Academy.Web.Data;
using Academy.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Startup;

/// <summary>
/// Puts in the outbox, once a day per member, one e-mail with what they have not read of the kinds they want in a
/// digest (nothing when there is nothing new). Runs hourly; a member's next digest is due a day after their last.
/// Each member's digest is claimed (their <c>LastDigestAt</c> moved by a conditional update) in the same transaction
/// that writes the e-mail to the outbox, so two runs at once (two instances) never write it twice, and a failure
/// writes neither. Never to an account locked by an administrator; never about a cohort they have left.
/// </summary>
internal sealed class DailyDigests(AcademyDbContext db, INotificationDigests digests, EmailOutbox outbox, TimeProvider clock, ILogger<DailyDigests> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueBefore = now - Interval;
        var lockedFrom = now + EmailOutbox.AdministratorLock;
        var members = await db.Users.AsNoTracking()
            .Where(user => user.Email != null && (user.LastDigestAt == null || user.LastDigestAt <= dueBefore)
                           && (user.LockoutEnd == null || user.LockoutEnd <= lockedFrom))
            .Select(user => new { user.Id, user.Email, user.DisplayName, user.LastDigestAt })
            .ToListAsync(cancellationToken);
        var ids = members.Select(member => member.Id).ToList();
        var choices = (await db.EmailPreferences.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToListAsync(cancellationToken)).ToLookup(p => p.UserId);
        var strategy = db.Database.CreateExecutionStrategy();
        var queued = 0;
        foreach (var member in members)
        {
            var kinds = EmailChoices.Kinds
                .Where(kind => (choices[member.Id].FirstOrDefault(p => p.Kind == kind)?.Delivery ?? EmailChoices.Default(kind)) == EmailDelivery.Digest)
                .ToList();
            if (kinds.Count == 0)
            {
                continue;
            }

            var wrote = await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear(); // a retried attempt starts afresh
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                // Claimed only if nobody has since: the same last digest as read, so another run's claim makes this one find nothing.
                var claimed = await db.Users
                    .Where(user => user.Id == member.Id && user.LastDigestAt == member.LastDigestAt)
                    .ExecuteUpdateAsync(user => user.SetProperty(u => u.LastDigestAt, now), cancellationToken);
                if (claimed == 0)
                {
                    return false;
                }

                var lines = await digests.UnreadSinceAsync(member.Id, member.LastDigestAt ?? dueBefore, kinds, cancellationToken);
                if (lines.Count > 0)
                {
                    outbox.AddDigest(new EmailRecipient(member.Id, member.Email!, member.DisplayName),
                        lines.Select(line => new DigestItem(line.Text, line.Url)).ToList());
                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return lines.Count > 0;
            });
            queued += wrote ? 1 : 0;
        }

        logger.LogInformation("Daily digests: {Queued} written to the outbox", queued);
        return queued;
    }
}

/// <summary>Runs <see cref="DailyDigests"/> every hour while the app runs, on one instance of however many share the database.</summary>
internal sealed class DailyDigestService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailyDigestService> logger)
    : Academy.Shared.Jobs.OncePerPeriodJob(scopes, clock, logger)
{
    public override string Name => "daily-digests";

    public override TimeSpan Period => TimeSpan.FromHours(1);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DailyDigests>().SendDueAsync(cancellationToken);
}
