using Academy.Reflections.Domain;
using Academy.Reflections.PeerReviews;
using Academy.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Data;

/// <summary>The module's sets in the database context the host shares; the host sees none of them.</summary>
internal sealed class ReflectionsData(DbContext context, ReflectionsQueries queries) : ModuleData(context), IReflectionsData
{
    public DbSet<Reflection> Reflections => Set<Reflection>();
    public DbSet<ReflectionComment> ReflectionComments => Set<ReflectionComment>();
    public DbSet<PeerReviewSettings> PeerReviewSettings => Set<PeerReviewSettings>();
    public DbSet<PeerReview> PeerReviews => Set<PeerReview>();

    public IAsyncEnumerable<PeerReviewingRow> PeerReviewingOf(string cohortSlug, string assignmentSlug, string learnerId) =>
        queries.PeerReviewingOf(Context, cohortSlug, assignmentSlug, learnerId);
}
