using Academy.Cohorts.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications;

/// <summary>One line of a member's e-mail digest.</summary>
public sealed record DigestLine(string Text, string Url, DateTimeOffset At);

/// <summary>
/// What a member has not read since a moment, for the daily digest e-mail the host sends to members who
/// asked for it. Not a request: it runs for a scheduled job, with nobody signed in.
/// </summary>
public interface INotificationDigests
{
    Task<IReadOnlyList<DigestLine>> UnreadSinceAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken);
}

internal sealed class NotificationDigests(ICohortsData data) : INotificationDigests
{
    private const int MostLines = 30;

    public async Task<IReadOnlyList<DigestLine>> UnreadSinceAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken) =>
        await data.Notifications
            .Where(n => n.UserId == userId && n.ReadAt == null && n.CreatedAt > since)
            .OrderByDescending(n => n.CreatedAt)
            .Take(MostLines)
            .Select(n => new DigestLine(n.Text, n.Url, n.CreatedAt))
            .ToListAsync(cancellationToken);
}
