using Academy.Reflections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Academy.Reflections.Data;

internal sealed class ReflectionConfiguration : IEntityTypeConfiguration<Reflection>
{
    public void Configure(EntityTypeBuilder<Reflection> builder)
    {
        builder.ToTable("reflections_reflections");
        builder.HasIndex(reflection => new { reflection.CohortSlug, reflection.UserId, reflection.AssignmentSlug }).IsUnique();
        builder.Property(reflection => reflection.CohortSlug).HasMaxLength(100);
        builder.Property(reflection => reflection.AssignmentSlug).HasMaxLength(100);
        builder.Property(reflection => reflection.UserId).HasMaxLength(450);
        builder.Property(reflection => reflection.AuthorName).HasMaxLength(100);
        builder.Property(reflection => reflection.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(reflection => reflection.ReviewerName).HasMaxLength(100);
        builder.Ignore(reflection => reflection.IsEditable);
        // The review queue and the instructor's dashboard read a cohort's reflections by state in the order they were
        // submitted, the submissions of an assignment with peer review, and the requests for more time: each an index, so
        // a page of 50 is read without sorting the cohort's whole history (126 ms to 21 ms at 2,000 learners on SQLite).
        // The first also holds the assignment, so that "how many wait in all" (of the course's current assignments) is
        // counted in the index alone: 2.5 ms to 0.1 ms for 1,052 waiting reflections on SQLite. The second also holds all
        // that peer review asks of every submission (is it shared, whose is it, who wrote it), so that the stalled ones are
        // found, counted and paged without reading the table, where those lie past the texts: 58 ms to 5.5 ms with the
        // audience, then 12 ms to 3.5 ms for the page and the count of 1,426 stalled among 7,017 submissions on SQLite.
        builder.HasIndex(reflection => new { reflection.CohortSlug, reflection.Status, reflection.SubmittedAt, reflection.Id, reflection.AssignmentSlug });
        builder.HasIndex(reflection => new
        {
            reflection.CohortSlug, reflection.AssignmentSlug, reflection.SubmittedAt, reflection.Audience, reflection.Id, reflection.UserId, reflection.AuthorName,
        });
        builder.HasIndex(reflection => new { reflection.CohortSlug, reflection.ExtensionRequestedUntil });
        builder.HasMany(reflection => reflection.Submissions).WithOne().HasForeignKey(submission => submission.ReflectionId);
        builder.HasMany(reflection => reflection.Comments).WithOne().HasForeignKey(comment => comment.ReflectionId);
        builder.Property(reflection => reflection.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(reflection => reflection.DraftVersion).IsConcurrencyToken();
        builder.Property(reflection => reflection.ExtensionReason).HasMaxLength(1000);
    }
}

internal sealed class ReflectionSubmissionConfiguration : IEntityTypeConfiguration<ReflectionSubmission>
{
    public void Configure(EntityTypeBuilder<ReflectionSubmission> builder)
    {
        builder.ToTable("reflections_submissions");
        builder.HasIndex(submission => new { submission.ReflectionId, submission.Number }).IsUnique();
    }
}

internal sealed class ReflectionCommentConfiguration : IEntityTypeConfiguration<ReflectionComment>
{
    public void Configure(EntityTypeBuilder<ReflectionComment> builder)
    {
        builder.ToTable("reflections_comments");
        builder.HasIndex(comment => new { comment.ReflectionId, comment.CreatedAt });
        builder.Property(comment => comment.AuthorId).HasMaxLength(450);
        builder.Property(comment => comment.AuthorName).HasMaxLength(100);
    }
}
