using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Academy.Shared.Cluster;

/// <summary>
/// What a module works out over many rows and keeps in this instance's memory until it changes. Everything kept goes
/// at once when an event of one of the given channels arrives from any instance (so a change saved on one instance
/// is forgotten on all of them), when events may have been lost, and after the lifetime in any case. These changes
/// are rare beside the visits the memory saves, so one event forgets everything. A reader takes
/// <see cref="Generation"/> before it reads what it will keep, so that what a change overtook while it was read is
/// forgotten at once.
/// </summary>
public abstract class ClusterForgottenMemory : IDisposable
{
    private readonly IMemoryCache cache;
    private readonly TimeSpan lifetime;
    private readonly IDisposable[] subscriptions;
    private CancellationTokenSource generation = new();

    protected ClusterForgottenMemory(IMemoryCache cache, IClusterEvents cluster, TimeSpan lifetime, params string[] forgottenOn)
    {
        this.cache = cache;
        this.lifetime = lifetime;
        subscriptions = [.. forgottenOn.Select(channel => cluster.Subscribe(channel, _ => ForgetHere())), cluster.OnEventsLost(ForgetHere)];
    }

    /// <summary>Taken before reading what is to be kept, so that what a change overtook while it was read is forgotten at once.</summary>
    public CancellationToken Generation => generation.Token;

    protected T? Find<T>(object key) where T : class => cache.Get<T>(key);

    protected void Keep(object key, object value, CancellationToken generationRead) => cache.Set(key, value, new MemoryCacheEntryOptions
    {
        AbsoluteExpirationRelativeToNow = lifetime,
        ExpirationTokens = { new CancellationChangeToken(generationRead) },
    });

    /// <summary>
    /// What is kept under <paramref name="key"/>, or else what <paramref name="read"/> returns for <paramref name="state"/>,
    /// kept from then on (unless a change overtook the read). The state spares the caller a closure on every visit.
    /// </summary>
    protected async Task<T> FindOrReadAsync<TState, T>(object key, TState state, Func<TState, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        if (Find<T>(key) is { } kept)
        {
            return kept;
        }

        var generationRead = Generation;
        var value = await read(state, cancellationToken);
        Keep(key, value, generationRead);
        return value;
    }

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    private void ForgetHere() => Interlocked.Exchange(ref generation, new CancellationTokenSource()).Cancel();
}
