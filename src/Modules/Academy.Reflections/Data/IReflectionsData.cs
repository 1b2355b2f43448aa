using Academy.Reflections.Domain;
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
}
