using Academy.Cohorts.Notifications;
using Academy.Web.Data;
using Academy.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Academy.Shared.Links;

namespace Academy.Web.Startup;

/// <summary>
/// Sends each member who opted in one e-mail a day with their unread notifications (nothing when there is
/// nothing new). Runs hourly; a member's next digest is due a day after their last.
/// </summary>
internal sealed class DailyDigests(AcademyDbContext db, INotificationDigests digests, Mailer mailer, PublicSite site,
    TimeProvider clock, ILogger<DailyDigests> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueBefore = now - Interval;
        var members = await db.Users
            .Where(user => user.WantsDailyDigest && user.Email != null)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var member in members.Where(member => member.LastDigestAt is null || member.LastDigestAt <= dueBefore))
        {
            var lines = await digests.UnreadSinceAsync(member.Id, member.LastDigestAt ?? dueBefore, cancellationToken);
            if (lines.Count > 0)
            {
                var body = $"Hello {member.DisplayName},\n\nHere is what happened in your Academy discussions since your last digest:\n\n"
                           + string.Join("\n", lines.Select(line => $"- {line.Text}\n  {site.Link(line.Url)}"))
                           + $"\n\nYou receive this because you asked for a daily digest. Turn it off at {site.Link("/Account/Manage")}\n";
                await mailer.SendAsync(member.Email!, $"Academy: {lines.Count} new in your discussions", body);
                sent++;
            }

            member.LastDigestAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Daily digests: {Sent} sent", sent);
        return sent;
    }
}

/// <summary>Runs <see cref="DailyDigests"/> every hour while the app runs.</summary>
internal sealed class DailyDigestService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailyDigestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DailyDigests>().SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Sending the daily digests failed; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
