using Academy.Reflections.Domain;
using Academy.Reflections.PeerReviews;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Data;

/// <summary>The Reflections module's view of the database: only its own tables.</summary>
internal interface IReflectionsData
{
    DbSet<Reflection> Reflections { get; }
    DbSet<ReflectionComment> ReflectionComments { get; }
    DbSet<PeerReviewSettings> PeerReviewSettings { get; }
    DbSet<PeerReview> PeerReviews { get; }

    /// <summary>Stops tracking an entity whose save failed (a lost race), so the next attempt starts clean.</summary>
    void Forget(object entity);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>A learner's peer reviewing on an assignment (<see cref="GetPeerReviewingHandler.PeerReviewingQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<PeerReviewingRow> PeerReviewingOf(string cohortSlug, string assignmentSlug, string learnerId);

    /// <summary>
    /// A page of each of the review queue's lists, with their sizes (<see cref="Review.GetReviewQueueHandler.PageQuery"/>), by
    /// the app's compiled query; a list's position left null starts it at its first row.
    /// </summary>
    IAsyncEnumerable<Review.GetReviewQueueHandler.QueueRow> ReviewQueuePage(string cohortSlug, string[] assignmentSlugs,
        DateTimeOffset? waitingAt, Guid waitingId, DateTimeOffset? askingAt, Guid askingId);

    /// <summary>
    /// The dashboard's page of reflections to review and requests for more time (<see cref="Review.GetReflectionsAttentionHandler.PageQuery"/>),
    /// each list from its start in the queue, by the app's compiled query.
    /// </summary>
    IAsyncEnumerable<Review.GetReflectionsAttentionHandler.ItemRow> AttentionPage(string cohortSlug, string[] assignmentSlugs,
        DateTimeOffset? reviewSince, bool reviewTakesAll, bool reviewHasKey, Guid reviewKey, DateTimeOffset? askSince, bool askTakesAll, bool askHasKey, Guid askKey);

    /// <summary>The sizes of those two lists (<see cref="Review.GetReflectionsAttentionHandler.CountsQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Review.GetReflectionsAttentionHandler.FigureRow> AttentionCounts(string cohortSlug, string[] assignmentSlugs);
}
