using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications;

/// <summary>
/// The signed-in member's notifications, newest first, read or not, <see cref="PageSize"/> at a time: each page starts
/// after the last one's time (<see cref="OlderThan"/>), so a long history costs what a short one does.
/// </summary>
public sealed record GetMyNotifications(DateTimeOffset? OlderThan = null) : IRequest<NotificationsView>
{
    public const int PageSize = 50;
}

/// <param name="OlderThan">Where the next page starts; null on the last page.</param>
/// <param name="AnyUnread">Whether any notification is unread, on this page or another (the page offers "Mark all as read").</param>
public sealed record NotificationsView(IReadOnlyList<NotificationLine> Lines, DateTimeOffset? OlderThan, bool AnyUnread);

public sealed record NotificationLine(Guid Id, string ActorName, string Text, string Url, DateTimeOffset At, bool IsUnread);

internal sealed class GetMyNotificationsHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetMyNotifications, NotificationsView>
{
    /// <summary>
    /// One more than a page of a member's notifications older than <c>olderThan</c> (all when null), newest first, read
    /// in order from the index by member and time; each row says whether any of theirs is unread. Every member opens the
    /// page, so it is compiled once for the app (<see cref="Data.CohortsQueries"/>).
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, DateTimeOffset?, IQueryable<NotificationRow>>> PageOfNotificationsQuery =
        (context, userId, olderThan) => context.Set<MemberNotification>()
            .Where(n => n.UserId == userId && (olderThan == null || n.CreatedAt < olderThan))
            .OrderByDescending(n => n.CreatedAt)
            .Take(GetMyNotifications.PageSize + 1)
            .Select(n => new NotificationRow(
                new NotificationLine(n.Id, n.ActorName, n.Text, n.Url, n.CreatedAt, n.ReadAt == null),
                context.Set<MemberNotification>().Any(other => other.UserId == userId && other.ReadAt == null)));

    public async Task<NotificationsView> Handle(GetMyNotifications request, CancellationToken cancellationToken)
    {
        var page = await data.PageOfNotifications(currentUser.UserId, request.OlderThan).ToListAsync(cancellationToken);
        var lines = page.Take(GetMyNotifications.PageSize).Select(row => row.Line).ToList();
        return new NotificationsView(lines, page.Count > GetMyNotifications.PageSize ? lines[^1].At : null, page.Count > 0 && page[0].AnyUnread);
    }
}

/// <summary>A notification with whether any of its member's is unread, as <see cref="GetMyNotificationsHandler.PageOfNotificationsQuery"/> reads it.</summary>
internal sealed record NotificationRow(NotificationLine Line, bool AnyUnread);
