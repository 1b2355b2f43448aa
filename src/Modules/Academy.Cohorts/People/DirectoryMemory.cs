using Academy.Shared.Cluster;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Academy.Cohorts.People;

/// <summary>
/// What the directory would otherwise work out over the whole cohort on every visit, kept in memory: a cohort's filter
/// choices and a viewer's people to meet. Both are read over every member, so the query grows with the cohort while its
/// answer is a few dozen words, and both change only when someone joins or leaves a cohort, edits their profile, or
/// connects with someone. Each of those writes calls <see cref="Forget"/> after it is saved, which empties this memory on
/// every instance (a cluster event, as for the unread counts), and everything goes after <see cref="Lifetime"/> and when
/// such events may have been lost. One event for all of it: these writes are rare beside the visits they save.
/// </summary>
internal sealed class DirectoryMemory : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>The cluster event of someone joining or leaving a cohort, editing their profile or being renamed, or connecting.</summary>
    internal const string PeopleChanged = "cohorts.people-changed";

    private readonly IMemoryCache cache;
    private readonly IClusterEvents cluster;
    private readonly IDisposable[] subscriptions;
    private CancellationTokenSource generation = new();

    public DirectoryMemory(IMemoryCache cache, IClusterEvents cluster)
    {
        this.cache = cache;
        this.cluster = cluster;
        subscriptions =
        [
            cluster.Subscribe(PeopleChanged, _ => ForgetHere()),
            cluster.OnEventsLost(ForgetHere),
        ];
    }

    /// <summary>Taken before reading what is to be kept, so what a change overtook while it was read is forgotten at once.</summary>
    public CancellationToken Generation => generation.Token;

    /// <summary>By the cohort's address, which the page knows before it reads anything.</summary>
    public IReadOnlyList<DirectoryChoice>? ChoicesOf(string cohortSlug) => cache.Get<IReadOnlyList<DirectoryChoice>>((nameof(ChoicesOf), cohortSlug));

    public void KeepChoices(string cohortSlug, IReadOnlyList<DirectoryChoice> choices, CancellationToken generationRead) =>
        Keep((nameof(ChoicesOf), cohortSlug), choices, generationRead);

    /// <summary>The people to meet as the database ranked them for this viewer, in the collation of this language (their order and first names).</summary>
    public IReadOnlyList<SuggestedMember>? SuggestionsFor(Guid cohortId, string viewerId, string language) =>
        cache.Get<IReadOnlyList<SuggestedMember>>((nameof(SuggestionsFor), cohortId, viewerId, language));

    public void KeepSuggestions(Guid cohortId, string viewerId, string language, IReadOnlyList<SuggestedMember> suggestions, CancellationToken generationRead) =>
        Keep((nameof(SuggestionsFor), cohortId, viewerId, language), suggestions, generationRead);

    /// <summary>Someone joined or left a cohort, edited their profile, or connected with someone: forgotten here at once, and on the other instances as the event arrives.</summary>
    public void Forget() => cluster.Publish(PeopleChanged, string.Empty);

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }

    private void Keep(object key, object value, CancellationToken generationRead) => cache.Set(key, value, new MemoryCacheEntryOptions
    {
        AbsoluteExpirationRelativeToNow = Lifetime,
        ExpirationTokens = { new CancellationChangeToken(generationRead) },
    });

    private void ForgetHere() => Interlocked.Exchange(ref generation, new CancellationTokenSource()).Cancel();
}
