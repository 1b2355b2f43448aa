using Academy.Reflections.Domain;
using Academy.Reflections.PeerReviews;
using Academy.Reflections.Review;
using Academy.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Data;

/// <summary>The module's sets in the database context the host shares; the host sees none of them.</summary>
internal sealed class ReflectionsData(DbContext context, ReflectionsQueries queries, StalledPeerReviewsMemory stalledPeerReviews, ReviewQueueSizesMemory queueSizes)
    : ModuleData(context), IReflectionsData
{
    public DbSet<Reflection> Reflections => Set<Reflection>();
    public DbSet<ReflectionComment> ReflectionComments => Set<ReflectionComment>();
    public DbSet<PeerReviewSettings> PeerReviewSettings => Set<PeerReviewSettings>();
    public DbSet<PeerReview> PeerReviews => Set<PeerReview>();

    /// <summary>
    /// Saves, and when a stall may have started or ended, forgets the stalled peer reviews on every instance; when a reflection
    /// entered or left the review queue, its sizes.
    /// </summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        // Every call of Entries() detects the changes anew: once here for both memories' questions.
        var changed = Context.ChangeTracker.Entries().Where(entry => entry.State != EntityState.Unchanged).ToList();
        var changesStalls = StalledPeerReviewsMemory.AreChangedBy(changed);
        var changesQueue = ReviewQueueSizesMemory.AreChangedBy(changed);
        var saved = await base.SaveChangesAsync(cancellationToken);
        if (changesStalls)
        {
            stalledPeerReviews.Forget();
        }

        if (changesQueue)
        {
            queueSizes.Forget();
        }

        return saved;
    }

    public IAsyncEnumerable<PeerReviewingRow> PeerReviewingOf(string cohortSlug, string assignmentSlug, string learnerId) =>
        queries.PeerReviewingOf(Context, cohortSlug, assignmentSlug, learnerId);

    public IAsyncEnumerable<Review.GetReviewQueueHandler.QueueRow> ReviewQueuePage(string cohortSlug, string[] assignmentSlugs,
        DateTimeOffset? waitingAt, Guid waitingId, DateTimeOffset? askingAt, Guid askingId) =>
        queries.ReviewQueuePage(Context, cohortSlug, assignmentSlugs, waitingAt, waitingId, askingAt, askingId);

    public IAsyncEnumerable<Review.GetReflectionsAttentionHandler.ItemRow> AttentionPage(string cohortSlug, string[] assignmentSlugs,
        DateTimeOffset? reviewSince, bool reviewTakesAll, bool reviewHasKey, Guid reviewKey, DateTimeOffset? askSince, bool askTakesAll, bool askHasKey, Guid askKey) =>
        queries.AttentionPage(Context, cohortSlug, assignmentSlugs, reviewSince, reviewTakesAll, reviewHasKey, reviewKey, askSince, askTakesAll, askHasKey, askKey);

    public IAsyncEnumerable<Review.GetReflectionsAttentionHandler.FigureRow> AttentionCounts(string cohortSlug, string[] assignmentSlugs) =>
        queries.AttentionCounts(Context, cohortSlug, assignmentSlugs);
}
