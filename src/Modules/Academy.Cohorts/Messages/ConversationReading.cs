using Academy.Cohorts.Data;
using Academy.Cohorts.Notifications;
using Academy.Contracts.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

internal static class ConversationReading
{
    /// <summary>
    /// The member has read the conversation up to message <paramref name="number"/> (a high-water mark: never moved back),
    /// and so the notifications of its new messages: reading the conversation is reading what they announced.
    /// </summary>
    public static async Task ReadUpToAsync(this ICohortsData data, Guid conversationId, string userId, int number, UnreadNotificationCounts counts,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moved = await data.ConversationMembers
            .Where(mine => mine.ConversationId == conversationId && mine.UserId == userId && mine.LastReadNumber < number)
            .ExecuteUpdateAsync(set => set.SetProperty(mine => mine.LastReadNumber, number), cancellationToken);
        if (moved == 0)
        {
            return;
        }

        var path = ConversationPaths.Of(conversationId);
        var told = await data.Notifications
            .Where(n => n.UserId == userId && n.ReadAt == null && n.Kind == NotificationKind.PrivateMessage && n.Url == path)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        if (told > 0)
        {
            counts.Forget([userId]);
        }
    }
}

internal static class ConversationPaths
{
    public static string Of(Guid conversationId) => $"/messages/{conversationId}";
}
