using System.Collections.Concurrent;
using System.Text.Json;
using Academy.Contracts.Courses;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Shared.Cluster;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Academy.Courses.Learning.Schedule;

internal sealed class GetModuleReleasesHandler(ICoursesData data, ModuleReleaseCache cache, TimeProvider clock) : IRequestHandler<GetModuleReleases, ModuleReleases>
{
    public async Task<ModuleReleases> Handle(GetModuleReleases request, CancellationToken cancellationToken)
    {
        var today = ZonedTime.Today(clock.GetUtcNow(), request.CohortTimeZone);
        if (cache.Find(request) is { } known)
        {
            return new ModuleReleases(known.OpensOn, today, known.CourseLanguage);
        }

        var course = await data.OutlineAsync(request.CourseSlug, cancellationToken);
        var outline = course?.Outline ?? [];
        var own = await data.ModuleReleases.Where(release => release.CohortSlug == request.CohortSlug)
            .ToDictionaryAsync(release => release.ModuleId, release => release.ReleasesOn, cancellationToken);
        var opensOn = outline.Select((entry, index) => (entry.Slug, On: ReleaseSchedule.ReleaseOn(request.CohortStartsOn, index,
                own.TryGetValue(entry.ModuleId, out var on) ? on : null)))
            .ToDictionary(module => module.Slug, module => module.On);
        var language = course?.Language ?? Academy.Shared.Localization.AcademyCultures.English;
        cache.Keep(request, new KnownReleases(opensOn, language));
        return new ModuleReleases(opensOn, today, language);
    }
}

/// <summary>A cohort's release days of a course's modules, and the course's language, as <see cref="ModuleReleaseCache"/> keeps them.</summary>
internal sealed record KnownReleases(IReadOnlyDictionary<string, DateOnly> OpensOn, string CourseLanguage);

/// <summary>
/// Each cohort's module release days (with the course's language), kept in memory: every discussion request of a learner asks for them. An
/// entry goes when the cohort's dates change or the course's outline does (published, moved or hidden modules),
/// on every instance (a cluster event), and after <see cref="Lifetime"/> in any case. When such events may have
/// been lost, every entry goes.
/// </summary>
internal sealed class ModuleReleaseCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The cluster event of a cohort's own release days or deadlines changing.</summary>
    internal const string CohortDatesChanged = "courses.cohort-release-days-changed";
    /// <summary>The cluster event of a course's outline, prompts or description changing; its payload is the course's address.</summary>
    internal const string OutlineChanged = "courses.outline-changed";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IMemoryCache cache;
    private readonly IClusterEvents cluster;
    private readonly IDisposable[] subscriptions;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> outlines = new(StringComparer.Ordinal);

    public ModuleReleaseCache(IMemoryCache cache, IClusterEvents cluster)
    {
        this.cache = cache;
        this.cluster = cluster;
        subscriptions =
        [
            cluster.Subscribe(CohortDatesChanged, payload =>
            {
                var cohort = JsonSerializer.Deserialize<CohortKey>(payload, Json)!;
                cache.Remove(Key(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn));
            }),
            cluster.Subscribe(OutlineChanged, ForgetCourseHere),
            cluster.OnEventsLost(() =>
            {
                foreach (var courseSlug in outlines.Keys)
                {
                    ForgetCourseHere(courseSlug);
                }
            }),
        ];
    }

    private static (string, string, string, DateOnly) Key(string courseSlug, string cohortSlug, DateOnly startsOn) =>
        (nameof(ModuleReleaseCache), courseSlug, cohortSlug, startsOn);

    public KnownReleases? Find(GetModuleReleases request) =>
        cache.Get<KnownReleases>(Key(request.CourseSlug, request.CohortSlug, request.CohortStartsOn));

    public void Keep(GetModuleReleases request, KnownReleases known)
    {
        var outlineChanged = outlines.GetOrAdd(request.CourseSlug, _ => new CancellationTokenSource());
        cache.Set(Key(request.CourseSlug, request.CohortSlug, request.CohortStartsOn), known, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = Lifetime,
            ExpirationTokens = { new CancellationChangeToken(outlineChanged.Token) },
        });
    }

    /// <summary>
    /// A cohort's own release days or deadlines changed: forgotten here at once, and on the other instances as the event
    /// arrives (with <see cref="CohortOwnDatesMemory"/>).
    /// </summary>
    public void ForgetCohort(string courseSlug, string cohortSlug, DateOnly startsOn) =>
        cluster.Publish(CohortDatesChanged, JsonSerializer.Serialize(new CohortKey(courseSlug, cohortSlug, startsOn), Json));

    /// <summary>The course's outline changed: every cohort's days of it are forgotten, here at once and on the other instances.</summary>
    public void ForgetCourse(string courseSlug) => cluster.Publish(OutlineChanged, courseSlug);

    private void ForgetCourseHere(string courseSlug)
    {
        // Not disposed: an entry being kept at this moment may still read its token; cancelling is what counts.
        if (outlines.TryRemove(courseSlug, out var outlineChanged))
        {
            outlineChanged.Cancel();
        }
    }

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }

    private sealed record CohortKey(string CourseSlug, string CohortSlug, DateOnly StartsOn);
}
