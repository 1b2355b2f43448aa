using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using MediatR;

namespace Academy.Cohorts.Notifications;

/// <summary>Stores what other modules tell members about; never a notification of one's own action.</summary>
internal sealed class MembersNotifiedHandler(ICohortsData data, UnreadNotificationCounts counts, TimeProvider clock) : INotificationHandler<MembersNotified>
{
    public async Task Handle(MembersNotified notification, CancellationToken cancellationToken)
    {
        var recipients = notification.UserIds.Where(id => id.Length > 0 && id != notification.ActorId).Distinct().ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        data.Notifications.AddRange(recipients.Select(userId => new MemberNotification(userId, notification.ActorName, notification.Text, notification.Url, now)));
        await data.SaveChangesAsync(cancellationToken);
        counts.Forget(recipients);
    }
}
