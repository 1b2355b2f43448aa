using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Shared.Email;
using Academy.Shared.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications;

/// <summary>
/// Stores what other modules tell members about, never a notification of one's own action, and in the same save
/// puts in the outbox the e-mails of those who want this kind at once: the notification and its e-mail are written
/// together or not at all. Each is written out in its reader's own language and time zone (<see cref="WordsWriter"/>).
/// A notification about a cohort is e-mailed only to its members (not to someone removed since); the outbox leaves
/// out accounts without an address or locked by an administrator; nobody is e-mailed what they are looking at now.
/// </summary>
internal sealed class MembersNotifiedHandler(
    ICohortsData data, IEmailOutbox email, WordsWriter writer, NotificationEmails emails, UnreadNotificationCounts counts, TimeProvider clock)
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

        var readers = (await email.ReadersAsync(recipients, notification.Kind, cancellationToken)).ToDictionary(reader => reader.UserId);
        var lines = new Dictionary<(string?, string?), string>(); // written once per language and zone
        string LineFor(string userId)
        {
            var reader = readers.GetValueOrDefault(userId);
            var key = (reader?.Language, reader?.TimeZone);
            if (!lines.TryGetValue(key, out var line))
            {
                lines[key] = line = writer.Write(notification.Text, reader?.Language, reader?.TimeZone);
            }

            return line;
        }

        var now = clock.GetUtcNow();
        data.Notifications.AddRange(recipients.Select(userId => new MemberNotification(userId, notification.ActorName, LineFor(userId), notification.Url, now,
            notification.Kind, notification.CohortSlug, notification.OnceKey)));

        var wanting = readers.Values.Select(reader => reader.EmailNow).OfType<EmailRecipient>()
            .Where(recipient => notification.NotEmailed?.Contains(recipient.UserId) != true)
            .ToList();
        if (wanting.Count > 0 && notification.CohortSlug is { } cohortSlug)
        {
            var wantingIds = wanting.Select(recipient => recipient.UserId).ToList();
            var members = await data.CohortMembers
                .Where(member => wantingIds.Contains(member.UserId) && data.Cohorts.Any(cohort => cohort.Id == member.CohortId && cohort.Slug == cohortSlug))
                .Select(member => member.UserId)
                .ToListAsync(cancellationToken);
            wanting = wanting.Where(recipient => members.Contains(recipient.UserId)).ToList();
        }

        foreach (var recipient in wanting)
        {
            var details = (notification.EmailDetails ?? []).Select(detail => writer.Write(detail, recipient.Language, recipient.TimeZone)).ToList();
            email.Add([recipient], notification.Kind, emails.ContentOf(LineFor(recipient.UserId), details, notification.Kind, notification.Url, recipient.Language),
                notification.OnceKey, notification.EmailUntil);
        }

        await data.SaveChangesAsync(cancellationToken);
        counts.Forget(recipients);
    }
}
