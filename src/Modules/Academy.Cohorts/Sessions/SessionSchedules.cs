using Academy.Cohorts.Data;
using Academy.Contracts.Sessions;
using Academy.Shared.Cluster;
using Academy.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// Each cohort's live sessions (when, where, whether cancelled), kept in memory for the pages of other modules that
/// show them beside their own content: the module page lists the module's sessions and keeps its database budget
/// (My learning reads each cohort's next session with the enrolments, <see cref="GetMyEnrolmentsWithNextSessionsHandler"/>). An entry goes when a session of the cohort is scheduled, edited or
/// cancelled, on every instance (a cluster event), and after <see cref="Lifetime"/> in any case; when such events may
/// have been lost, every entry goes. The sessions page and the calendars read the database.
/// </summary>
internal sealed class SessionSchedules : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The cluster event of a cohort's sessions changing (scheduled, edited, cancelled, attendance taken); its payload is the cohort's address.</summary>
    internal const string SessionsChanged = "cohorts.sessions-changed";

    private readonly IMemoryCache cache;
    private readonly IClusterEvents cluster;
    private readonly IDisposable[] subscriptions;
    private CancellationTokenSource generation = new();

    public SessionSchedules(IMemoryCache cache, IClusterEvents cluster)
    {
        this.cache = cache;
        this.cluster = cluster;
        subscriptions =
        [
            cluster.Subscribe(SessionsChanged, cohortSlug => cache.Remove(Key(cohortSlug))),
            cluster.OnEventsLost(() => Interlocked.Exchange(ref generation, new CancellationTokenSource()).Cancel()),
        ];
    }

    /// <summary>The sessions of these cohorts, earliest first; one query for all the cohorts not in memory.</summary>
    public async Task<IReadOnlyDictionary<string, CohortSessions>> OfAsync(ICohortsData data, IReadOnlyCollection<string> cohortSlugs,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, CohortSessions>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var slug in cohortSlugs.Distinct())
        {
            if (cache.Get<CohortSessions>(Key(slug)) is { } known)
            {
                found[slug] = known;
            }
            else
            {
                missing.Add(slug);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var token = generation.Token;
        var loaded = await data.Cohorts.AsNoTracking()
            .Where(c => missing.Contains(c.Slug))
            .Select(c => new
            {
                c.Slug,
                Sessions = data.LiveSessions.Where(s => s.CohortId == c.Id).OrderBy(s => s.StartsAt).ThenBy(s => s.Number)
                    .Select(s => new ScheduledSession(s.Number, s.Title, s.StartsAt, s.EndsAt, s.MeetingUrl, s.Place, s.ModuleSlug, s.IsCancelled))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        foreach (var cohort in loaded)
        {
            var sessions = new CohortSessions(cohort.Slug, cohort.Sessions);
            cache.Set(Key(cohort.Slug), sessions, new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = Lifetime,
                ExpirationTokens = { new CancellationChangeToken(token) },
            });
            found[cohort.Slug] = sessions;
        }

        return found;
    }

    /// <summary>A session of the cohort changed: forgotten here at once, and on the other instances as the event arrives.</summary>
    public void Forget(string cohortSlug) => cluster.Publish(SessionsChanged, cohortSlug);

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }

    private static (string, string) Key(string cohortSlug) => (nameof(SessionSchedules), cohortSlug);
}

internal sealed record ScheduledSession(
    int Number, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? MeetingUrl, string? Place, string? ModuleSlug, bool IsCancelled)
{
    /// <summary>The session as the pages of other modules show it, with whether its join window is open at <paramref name="now"/>.</summary>
    public LiveSessionSummary SummaryIn(string cohortSlug, DateTimeOffset now) =>
        new(cohortSlug, Number, Title, StartsAt, EndsAt, MeetingUrl, Place, ModuleSlug, IsCancelled, JoinWindow.IsOpen(StartsAt, EndsAt, IsCancelled, now), now >= EndsAt);
}

internal sealed record CohortSessions(string CohortSlug, IReadOnlyList<ScheduledSession> Sessions)
{
    /// <summary>The next session that has not ended and is not cancelled.</summary>
    public ScheduledSession? NextAt(DateTimeOffset now) => Sessions.FirstOrDefault(s => !s.IsCancelled && s.EndsAt > now);
}
