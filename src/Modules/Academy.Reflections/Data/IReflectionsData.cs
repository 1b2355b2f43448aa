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
}
