using Academy.Cohorts.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications;

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
