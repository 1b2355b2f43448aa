using Academy.Cohorts.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications;

/// <summary>The signed-in member's notifications, newest first (the latest 50 read ones and every unread one).</summary>
public sealed record GetMyNotifications : IRequest<IReadOnlyList<NotificationLine>>;

public sealed record NotificationLine(Guid Id, string ActorName, string Text, string Url, DateTimeOffset At, bool IsUnread);

internal sealed class GetMyNotificationsHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetMyNotifications, IReadOnlyList<NotificationLine>>
{
    public async Task<IReadOnlyList<NotificationLine>> Handle(GetMyNotifications request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var unread = await data.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .Select(n => new NotificationLine(n.Id, n.ActorName, n.Text, n.Url, n.CreatedAt, true))
            .ToListAsync(cancellationToken);
        var read = await data.Notifications.Where(n => n.UserId == userId && n.ReadAt != null)
            .OrderByDescending(n => n.CreatedAt).Take(50)
            .Select(n => new NotificationLine(n.Id, n.ActorName, n.Text, n.Url, n.CreatedAt, false))
            .ToListAsync(cancellationToken);
        return unread.Concat(read).OrderByDescending(n => n.At).ToList();
    }
}
