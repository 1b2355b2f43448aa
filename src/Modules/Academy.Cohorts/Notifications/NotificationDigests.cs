using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications;

/// <summary>One line of a member's e-mail digest.</summary>
public sealed record DigestLine(string Text, string Url, DateTimeOffset At);

/// <summary>
/// What a member has not read since a moment, of the kinds they want in their daily digest, for the digest e-mail
/// the host sends. Not a request: it runs for a scheduled job, with nobody signed in.
/// </summary>
public interface INotificationDigests
{
    /// <summary>
    /// Unread notifications of <paramref name="kinds"/> since <paramref name="since"/>, newest first: those about a
    /// cohort only while the member still belongs to it.
    /// </summary>
    Task<IReadOnlyList<DigestLine>> UnreadSinceAsync(string userId, DateTimeOffset since, IReadOnlyCollection<NotificationKind> kinds, CancellationToken cancellationToken);
}

internal sealed class NotificationDigests(ICohortsData data) : INotificationDigests
{
    private const int MostLines = 30;

    public async Task<IReadOnlyList<DigestLine>> UnreadSinceAsync(string userId, DateTimeOffset since, IReadOnlyCollection<NotificationKind> kinds,
        CancellationToken cancellationToken) =>
        kinds.Count == 0
            ? []
            : await data.Notifications
                .Where(n => n.UserId == userId && n.ReadAt == null && n.CreatedAt > since && kinds.Contains(n.Kind))
                .Where(n => n.CohortSlug == null
                            || data.Cohorts.Any(cohort => cohort.Slug == n.CohortSlug && cohort.Members.Any(member => member.UserId == userId)))
                .OrderByDescending(n => n.CreatedAt)
                .Take(MostLines)
                .Select(n => new DigestLine(n.Text, n.Url, n.CreatedAt))
                .ToListAsync(cancellationToken);
}
