using Academy.Courses.Data;
using Academy.Shared.Cluster;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Courses.Learning.Schedule;

/// <summary>
/// Each cohort's own release days and deadlines, kept in memory: the module page, the reflections' pages, the review queue,
/// the dashboard and the calendars ask for them on every visit (the dashboard twice), while an instructor changes them a few
/// times a term. Both writes call <see cref="ModuleReleaseCache.ForgetCohort"/>, whose cluster event empties this memory on
/// every instance; everything goes after <see cref="Lifetime"/> too, and when such events may have been lost. Kept entries
/// are shared between requests: nobody changes them.
/// </summary>
internal sealed class CohortOwnDatesMemory(IMemoryCache cache, IClusterEvents cluster)
    : ClusterForgottenMemory(cache, cluster, Lifetime, ModuleReleaseCache.CohortDatesChanged)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public Task<CohortOwnDates> OfAsync(ICoursesData data, string cohortSlug, CancellationToken cancellationToken) =>
        FindOrReadAsync((nameof(CohortOwnDates), cohortSlug), (data, cohortSlug),
            static (reader, cancellation) => reader.data.OwnDatesOfAsync(reader.cohortSlug, cancellation), cancellationToken);
}
