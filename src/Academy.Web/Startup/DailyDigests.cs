using Academy.Cohorts.Notifications;
using Academy.Web.Data;
using Academy.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Academy.Shared.Links;

namespace Academy.Web.Startup;

/// <summary>
/// Sends each member who opted in one e-mail a day with their unread notifications (nothing when there is
/// nothing new). Runs hourly; a member's next digest is due a day after their last. Each member's digest is
/// claimed in the database before it is sent, so two runs at once (two instances) never send one twice.
/// </summary>
internal sealed class DailyDigests(AcademyDbContext db, INotificationDigests digests, Mailer mailer, PublicSite site,
    TimeProvider clock, ILogger<DailyDigests> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueBefore = now - Interval;
        var members = await db.Users.AsNoTracking()
            .Where(user => user.WantsDailyDigest && user.Email != null)
            .Select(user => new { user.Id, user.Email, user.DisplayName, user.LastDigestAt })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var member in members.Where(member => member.LastDigestAt is null || member.LastDigestAt <= dueBefore))
        {
            // Claimed only if nobody has since: the same last digest as read, so another run's claim makes this one find nothing.
            var claimed = await db.Users
                .Where(user => user.Id == member.Id && user.LastDigestAt == member.LastDigestAt)
                .ExecuteUpdateAsync(user => user.SetProperty(u => u.LastDigestAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var lines = await digests.UnreadSinceAsync(member.Id, member.LastDigestAt ?? dueBefore, cancellationToken);
            if (lines.Count == 0)
            {
                continue;
            }

            var body = $"Hello {member.DisplayName},\n\nHere is what happened in your Academy discussions since your last digest:\n\n"
                       + string.Join("\n", lines.Select(line => $"- {line.Text}\n  {site.Link(line.Url)}"))
                       + $"\n\nYou receive this because you asked for a daily digest. Turn it off at {site.Link("/Account/Manage")}\n";
            try
            {
                await mailer.SendAsync(member.Email!, $"Academy: {lines.Count} new in your discussions", body);
            }
            catch
            {
                // Not sent: give the claim back, so the next run sends it.
                await db.Users.Where(user => user.Id == member.Id && user.LastDigestAt == now)
                    .ExecuteUpdateAsync(user => user.SetProperty(u => u.LastDigestAt, member.LastDigestAt), CancellationToken.None);
                throw;
            }

            sent++;
        }

        logger.LogInformation("Daily digests: {Sent} sent", sent);
        return sent;
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
