using Academy.Reflections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Academy.Reflections.Data;

internal sealed class PeerReviewSettingsConfiguration : IEntityTypeConfiguration<PeerReviewSettings>
{
    public void Configure(EntityTypeBuilder<PeerReviewSettings> builder)
    {
        builder.ToTable("reflections_peer_review_settings");
        builder.HasIndex(settings => new { settings.CohortSlug, settings.AssignmentSlug }).IsUnique();
        builder.Property(settings => settings.CohortSlug).HasMaxLength(100);
        builder.Property(settings => settings.AssignmentSlug).HasMaxLength(100);
        builder.Ignore(settings => settings.ClaimLasts);
    }
}

internal sealed class PeerReviewConfiguration : IEntityTypeConfiguration<PeerReview>
{
    public void Configure(EntityTypeBuilder<PeerReview> builder)
    {
        builder.ToTable("reflections_peer_reviews");

        // A slot is held by one reviewer, and a reviewer reviews a reflection once: racing claims settle here.
        builder.HasIndex(review => new { review.ReflectionId, review.Slot }).IsUnique();
        builder.HasIndex(review => new { review.ReflectionId, review.ReviewerId }).IsUnique();
        builder.HasIndex(review => new { review.CohortSlug, review.AssignmentSlug, review.OpenClaimOf }).IsUnique(); // null (sent) never counts
        builder.HasIndex(review => new { review.CohortSlug, review.AssignmentSlug, review.ReviewerId });
        builder.HasIndex(review => new { review.CohortSlug, review.AssignmentSlug, review.AuthorId });
        builder.HasOne<Reflection>().WithMany().HasForeignKey(review => review.ReflectionId);
        builder.Property(review => review.CohortSlug).HasMaxLength(100);
        builder.Property(review => review.AssignmentSlug).HasMaxLength(100);
        builder.Property(review => review.AuthorId).HasMaxLength(450);
        builder.Property(review => review.ReviewerId).HasMaxLength(450);
        builder.Property(review => review.LapsedReviewerId).HasMaxLength(450);
        builder.Property(review => review.OpenClaimOf).HasMaxLength(450);
        builder.Property(review => review.ReviewerName).HasMaxLength(100);
        builder.Property(review => review.HiddenBy).HasMaxLength(100);
        builder.Property(review => review.ClaimVersion).IsConcurrencyToken();
        builder.Ignore(review => review.IsSubmitted);
        builder.OwnsMany(review => review.Criteria, criteria => criteria.ToJson());
    }
}
