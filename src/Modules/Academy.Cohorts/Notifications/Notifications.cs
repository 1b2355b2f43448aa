using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

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

/// <summary>
/// The unread count in the header of every page, kept in memory for a short while so a page costs no extra
/// query; it is forgotten the moment a notification arrives or is read. (One app instance; with several,
/// the short lifetime bounds how stale another instance's count can be.)
/// </summary>
internal sealed class UnreadNotificationCounts(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<int> GetAsync(string userId, Func<Task<int>> count) =>
        await cache.GetOrCreateAsync(Key(userId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return count();
        });

    public void Forget(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds)
        {
            cache.Remove(Key(userId));
        }
    }

    private static string Key(string userId) => $"notifications:unread:{userId}";
}

/// <summary>How many notifications the signed-in member has not read (0 for visitors).</summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record CountUnreadNotifications : IRequest<int>;

internal sealed class CountUnreadNotificationsHandler(ICohortsData data, ICurrentUser currentUser, UnreadNotificationCounts counts)
    : IRequestHandler<CountUnreadNotifications, int>
{
    public Task<int> Handle(CountUnreadNotifications request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthenticated)
        {
            return Task.FromResult(0);
        }

        var userId = currentUser.UserId;
        return counts.GetAsync(userId, () => data.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken));
    }
}

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

/// <summary>Marks all of the signed-in member's notifications read.</summary>
public sealed record MarkNotificationsRead : IRequest;

internal sealed class MarkNotificationsReadHandler(ICohortsData data, ICurrentUser currentUser, UnreadNotificationCounts counts, TimeProvider clock)
    : IRequestHandler<MarkNotificationsRead, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(MarkNotificationsRead request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var now = clock.GetUtcNow();
        await data.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(n => n.SetProperty(row => row.ReadAt, now), cancellationToken);
        counts.Forget([userId]);
        return MediatR.Unit.Value;
    }
}

internal sealed class GetCohortMembersHandler(ICohortsData data, IMediator mediator) : IRequestHandler<GetCohortMembers, IReadOnlyList<CohortMemberName>>
{
    public async Task<IReadOnlyList<CohortMemberName>> Handle(GetCohortMembers request, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new FindCohort(request.CohortSlug), cancellationToken) is null)
        {
            throw new Academy.Shared.Errors.NotFoundException($"Members of {request.CohortSlug} are not visible to this user.");
        }

        return await (
                from cohort in data.Cohorts
                where cohort.Slug == request.CohortSlug
                join member in data.CohortMembers on cohort.Id equals member.CohortId
                orderby member.DisplayName
                select new CohortMemberName(member.UserId, member.DisplayName, member.Role))
            .ToListAsync(cancellationToken);
    }
}
