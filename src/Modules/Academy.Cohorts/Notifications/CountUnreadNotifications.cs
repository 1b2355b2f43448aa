using Academy.Cohorts.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications;

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
