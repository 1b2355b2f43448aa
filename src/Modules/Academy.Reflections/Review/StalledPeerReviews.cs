using Academy.Contracts.Courses;
using Academy.Contracts.Teaching;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Reflections.Review;

/// <summary>
/// Each cohort's submissions whose peer review has stalled, kept in memory: the rule is weighed over every submission of
/// the cohort (its reviews, and who could still review it), so the dashboard's queue would otherwise grow with the cohort on
/// every visit. Everything kept goes on every instance when the module saves a change to a submission, its audience, a peer
/// review or the settings (<see cref="ReflectionsData.SaveChangesAsync"/>), when such events may have been lost, when the
/// cohort's day changes (a reviews' due date passes), and after <see cref="EngagementFigures.KeptFor"/> (a claim lapses unsaved).
/// </summary>
internal sealed class StalledPeerReviewsMemory(IMemoryCache cache, IClusterEvents cluster)
    : ClusterForgottenMemory(cache, cluster, EngagementFigures.KeptFor, PeerReviewsChanged)
{
    private readonly IClusterEvents cluster = cluster;

    /// <summary>The cluster event of a change that may start or end a stall.</summary>
    internal const string PeerReviewsChanged = "reflections.peer-reviews-changed";

    /// <summary>What the cohort's stalled submissions were on <paramref name="today"/> in its zone; null when they are to be read.</summary>
    public StalledSubmissions? Of(string cohortSlug, DateOnly today) =>
        Find<StalledSubmissions>(Key(cohortSlug)) is { } kept && kept.Today == today ? kept : null;

    public void Keep(string cohortSlug, StalledSubmissions stalled, CancellationToken generationRead) => Keep(Key(cohortSlug), stalled, generationRead);

    /// <summary>
    /// Whether the changes about to be saved may start or end a stall: anything of a peer review or its settings, and a
    /// submission or its audience, among the changed entries (<see cref="Data.ReflectionsData.SaveChangesAsync"/> detects them once).
    /// </summary>
    public static bool AreChangedBy(IEnumerable<EntityEntry> changed) => changed.Any(entry => entry.Entity switch
    {
        PeerReview or PeerReviewSettings => true,
        // A first draft is no submission: autosaving one forgets nothing.
        Reflection reflection => entry.State switch
        {
            EntityState.Added => reflection.SubmittedAt is not null,
            EntityState.Modified => entry.Property(nameof(Reflection.SubmittedAt)).IsModified || entry.Property(nameof(Reflection.Audience)).IsModified,
            EntityState.Deleted => true,
            _ => false,
        },
        _ => false,
    });

    /// <summary>A change was saved that may start or end a stall: forgotten here at once, and on the other instances as the event arrives.</summary>
    public void Forget() => cluster.Publish(PeerReviewsChanged, string.Empty);

    private static (string, string) Key(string cohortSlug) => (nameof(StalledPeerReviewsMemory), cohortSlug);

    /// <summary>
    /// Submissions whose peer review has stalled: short of reviews (sent, or claimed and not lapsed, and not hidden) while
    /// nobody is left to review them (a learner who submitted, still owes reviews, and has not reviewed or claimed this one)
    /// or the reviews' due date has passed in the cohort's zone. Of every assignment: the queue keeps those the course has now.
    /// </summary>
    public static IQueryable<Reflection> Rule(IReflectionsData data, string cohortSlug, DateTimeOffset now, DateOnly today) =>
        from reflection in data.Reflections
        where reflection.CohortSlug == cohortSlug && reflection.SubmittedAt != null
        join settings in data.PeerReviewSettings
            on new { reflection.CohortSlug, reflection.AssignmentSlug } equals new { settings.CohortSlug, settings.AssignmentSlug }
        where settings.IsOn && (settings.IncludesPrivateReflections || reflection.Audience == ReflectionAudience.Cohort)
        where data.PeerReviews.Count(review => review.ReflectionId == reflection.Id && !review.IsHidden
                                               && (review.SubmittedAt != null || review.ClaimExpiresAt > now)) < settings.ReviewsPerSubmission
        where (settings.ReviewsDueOn != null && settings.ReviewsDueOn < today)
              || !data.Reflections.Any(other => other.CohortSlug == reflection.CohortSlug && other.AssignmentSlug == reflection.AssignmentSlug
                                                && other.SubmittedAt != null && other.UserId != reflection.UserId
                                                && data.PeerReviews.Count(given => given.CohortSlug == other.CohortSlug && given.AssignmentSlug == other.AssignmentSlug
                                                                                   && given.ReviewerId == other.UserId && given.SubmittedAt != null && !given.IsHidden)
                                                   < settings.ReviewsToGive
                                                && !data.PeerReviews.Any(review => review.ReflectionId == reflection.Id && review.ReviewerId == other.UserId))
        select reflection;
}

/// <summary>A submission whose peer review has stalled, as the queue shows it.</summary>
internal sealed record StalledSubmission(Guid Id, string AuthorName, string AssignmentSlug, DateTimeOffset SubmittedAt);

/// <summary>A cohort's stalled submissions on one day of its zone, in the queue's order (submitted, then id).</summary>
internal sealed class StalledSubmissions
{
    private readonly IReadOnlyList<StalledSubmission> inOrder;

    public StalledSubmissions(DateOnly today, IEnumerable<StalledSubmission> stalled)
    {
        Today = today;
        var sorted = stalled.ToList();
        sorted.Sort((a, b) => a.SubmittedAt != b.SubmittedAt ? a.SubmittedAt.CompareTo(b.SubmittedAt) : a.Id.CompareTo(b.Id));
        inOrder = sorted;
    }

    public DateOnly Today { get; }

    /// <summary>How many are of the assignments the course has now.</summary>
    public int CountOf(IReadOnlyDictionary<string, ReflectionAssignment> assignments) => inOrder.Count(s => assignments.ContainsKey(s.AssignmentSlug));

    /// <summary>Those of the course's assignments after <paramref name="start"/>, a page and one more.</summary>
    public IEnumerable<StalledSubmission> After(AttentionStart<Guid> start, IReadOnlyDictionary<string, ReflectionAssignment> assignments) =>
        inOrder.Where(s => assignments.ContainsKey(s.AssignmentSlug)
                           && (start.Since == null || s.SubmittedAt > start.Since
                               || (s.SubmittedAt == start.Since && (start.TakesAllAtSince || (start.HasKey && s.Id.CompareTo(start.Key) > 0)))))
            .Take(AttentionPosition.PageSize + 1);
}
