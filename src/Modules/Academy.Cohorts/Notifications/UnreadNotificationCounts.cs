using Microsoft.Extensions.Caching.Memory;

namespace Academy.Cohorts.Notifications;

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
