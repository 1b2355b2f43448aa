using Academy.Contracts.Teaching;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Reflections.Review;

/// <summary>How many of a cohort's reflections wait for review, and how many learners ask for more time, of the course's assignments.</summary>
internal sealed record ReviewQueueSizes(int Waiting, int Asking)
{
    /// <summary>The sizes among figures counted as <see cref="GetReflectionsAttentionHandler.CountsQuery"/> counts them.</summary>
    public static ReviewQueueSizes Of(IEnumerable<GetReflectionsAttentionHandler.FigureRow> figures)
    {
        var (waiting, asking) = (0, 0);
        foreach (var figure in figures)
        {
            waiting += figure.Figure == GetReflectionsAttentionHandler.Waiting ? figure.Count : 0;
            asking += figure.Figure == GetReflectionsAttentionHandler.Asking ? figure.Count : 0;
        }

        return new ReviewQueueSizes(waiting, asking);
    }
}

/// <summary>
/// Each cohort's <see cref="ReviewQueueSizes"/>, kept in memory: they are counted over every submission of the cohort, so
/// the review queue's headings and the dashboard's count of what needs the instructor grew with the cohort on every visit.
/// Everything kept goes on every instance when the module saves a reflection that enters or leaves either list
/// (<see cref="Data.ReflectionsData.SaveChangesAsync"/>), when such events may have been lost, and after
/// <see cref="EngagementFigures.KeptFor"/>. A draft's autosave forgets nothing.
/// </summary>
internal sealed class ReviewQueueSizesMemory(IMemoryCache cache, IClusterEvents cluster)
    : ClusterForgottenMemory(cache, cluster, EngagementFigures.KeptFor, QueueChanged)
{
    private readonly IClusterEvents cluster = cluster;

    /// <summary>The cluster event of a reflection entering or leaving the review queue or the requests for more time.</summary>
    internal const string QueueChanged = "reflections.review-queue-changed";

    /// <summary>
    /// The sizes for these assignments of the course (in the course's order; a course that changes its assignments counts
    /// anew), kept, or else counted in one command and kept.
    /// </summary>
    public Task<ReviewQueueSizes> OfAsync(IReflectionsData data, string cohortSlug, string[] assignmentSlugs, CancellationToken cancellationToken) =>
        FindOrReadAsync(Key(cohortSlug, assignmentSlugs), (data, cohortSlug, assignmentSlugs),
            static async (read, cancellation) => ReviewQueueSizes.Of(await read.data.AttentionCounts(read.cohortSlug, read.assignmentSlugs).ToListAsync(cancellation)),
            cancellationToken);

    public void Keep(string cohortSlug, string[] assignmentSlugs, ReviewQueueSizes sizes, CancellationToken generationRead) =>
        Keep(Key(cohortSlug, assignmentSlugs), sizes, generationRead);

    /// <summary>
    /// Whether the changes about to be saved may change a size: a reflection added in either list or removed, or its status or
    /// request for more time changed (submitted, reviewed, returned, asked, answered), among the changed entries.
    /// </summary>
    public static bool AreChangedBy(IEnumerable<EntityEntry> changed) => changed.Any(entry => entry.Entity is Reflection reflection && entry.State switch
    {
        // A first draft is in neither list: autosaving one forgets nothing.
        EntityState.Added => reflection.Status == ReflectionStatus.Submitted || reflection.ExtensionRequestedUntil is not null,
        EntityState.Deleted => true,
        EntityState.Modified => entry.Property(nameof(Reflection.Status)).IsModified || entry.Property(nameof(Reflection.ExtensionRequestedUntil)).IsModified,
        _ => false,
    });

    /// <summary>A change was saved that may change a size: forgotten here at once, and on the other instances as the event arrives.</summary>
    public void Forget() => cluster.Publish(QueueChanged, string.Empty);

    private static (string, string, string) Key(string cohortSlug, string[] assignmentSlugs) =>
        (nameof(ReviewQueueSizesMemory), cohortSlug, string.Join('\n', assignmentSlugs));
}
