using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Shared.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications;

/// <summary>
/// Stores what other modules tell members about, never a notification of one's own action, and in the same save
/// puts in the outbox the e-mails of those who want this kind at once: the notification and its e-mail are written
/// together or not at all. A notification about a cohort is e-mailed only to its members (not to someone removed
/// since); the outbox leaves out accounts without an address or locked by an administrator.
/// </summary>
internal sealed class MembersNotifiedHandler(ICohortsData data, IEmailOutbox email, UnreadNotificationCounts counts, TimeProvider clock)
    : INotificationHandler<MembersNotified>
{
    public async Task Handle(MembersNotified notification, CancellationToken cancellationToken)
    {
        var recipients = notification.UserIds.Where(id => id.Length > 0 && id != notification.ActorId).Distinct().ToList();
        if (notification.OnceKey is { } onceKey && recipients.Count > 0)
        {
            // A reminder published again (the next run of its job) tells nobody twice; the unique index settles a race.
            var told = await data.Notifications.Where(n => n.OnceKey == onceKey && recipients.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken);
            recipients = recipients.Except(told).ToList();
        }

        if (recipients.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        data.Notifications.AddRange(recipients.Select(userId => new MemberNotification(userId, notification.ActorName, notification.Text, notification.Url, now,
            notification.Kind, notification.CohortSlug, notification.OnceKey)));

        var wanting = await email.WantingNowAsync(recipients, notification.Kind, cancellationToken);
        if (wanting.Count > 0 && notification.CohortSlug is { } cohortSlug)
        {
            var wantingIds = wanting.Select(recipient => recipient.UserId).ToList();
            var members = await data.CohortMembers
                .Where(member => wantingIds.Contains(member.UserId) && data.Cohorts.Any(cohort => cohort.Id == member.CohortId && cohort.Slug == cohortSlug))
                .Select(member => member.UserId)
                .ToListAsync(cancellationToken);
            wanting = wanting.Where(recipient => members.Contains(recipient.UserId)).ToList();
        }

        email.Add(wanting, notification.Kind, NotificationEmails.ContentOf(notification), notification.OnceKey, notification.EmailUntil);
        await data.SaveChangesAsync(cancellationToken);
        counts.Forget(recipients);
    }
}
