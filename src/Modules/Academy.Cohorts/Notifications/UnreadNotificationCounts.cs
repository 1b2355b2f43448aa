using System.Text.Json;
using Academy.Shared.Cluster;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Academy.Cohorts.Notifications;

/// <summary>
/// The unread count in the header of every page, kept in memory for a short while so a page costs no extra
/// query; it is forgotten the moment a notification arrives or is read, on every instance (a cluster event),
/// and all of them are forgotten when such events may have been lost.
/// </summary>
internal sealed class UnreadNotificationCounts : IDisposable
{
    private const string CountsChanged = "cohorts.unread-counts-changed";
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly IMemoryCache cache;
    private readonly IClusterEvents cluster;
    private readonly IDisposable[] subscriptions;
    private CancellationTokenSource everyCount = new();

    public UnreadNotificationCounts(IMemoryCache cache, IClusterEvents cluster)
    {
        this.cache = cache;
        this.cluster = cluster;
        subscriptions =
        [
            cluster.Subscribe(CountsChanged, payload => RemoveHere(JsonSerializer.Deserialize<string[]>(payload)!)),
            cluster.OnEventsLost(ForgetEveryCountHere),
        ];
    }

    public async Task<int> GetAsync(string userId, Func<Task<int>> count) =>
        await cache.GetOrCreateAsync(Key(userId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            entry.AddExpirationToken(new CancellationChangeToken(everyCount.Token));
            return count();
        });

    /// <summary>Forgets these people's counts here at once and on the other instances as the event arrives.</summary>
    public void Forget(IEnumerable<string> userIds) => cluster.Publish(CountsChanged, JsonSerializer.Serialize(userIds.ToArray()));

    private void RemoveHere(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds)
        {
            cache.Remove(Key(userId));
        }
    }

    private void ForgetEveryCountHere() => Interlocked.Exchange(ref everyCount, new CancellationTokenSource()).Cancel();

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }

    private static string Key(string userId) => $"notifications:unread:{userId}";
}
