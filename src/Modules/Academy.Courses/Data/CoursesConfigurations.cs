using Academy.Courses.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Academy.Courses.Data;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("courses_courses");
        builder.HasIndex(course => course.Slug).IsUnique();
        builder.Property(course => course.Slug).HasMaxLength(100);
        builder.Property(course => course.Title).HasMaxLength(200);
        builder.Property(course => course.Summary).HasMaxLength(1000);
        builder.Property(course => course.Audience).HasMaxLength(1000);
        builder.Property(course => course.Language).HasMaxLength(Academy.Shared.Localization.AcademyCultures.MaxContentLanguageLength)
            .HasDefaultValue(Academy.Shared.Localization.AcademyCultures.English); // the courses imported before a course could say were English
        builder.Property(course => course.ContentHash).HasMaxLength(64);
        builder.OwnsMany(course => course.Credits, credits => credits.ToJson());
        builder.OwnsMany(course => course.Outline, outline => outline.ToJson());
        builder.HasMany(course => course.Modules).WithOne().HasForeignKey(module => module.CourseId);
    }
}

internal sealed class CourseModuleConfiguration : IEntityTypeConfiguration<CourseModule>
{
    public void Configure(EntityTypeBuilder<CourseModule> builder)
    {
        builder.ToTable("courses_modules");
        builder.HasIndex(module => new { module.CourseId, module.Slug }).IsUnique();
        builder.HasIndex(module => new { module.CourseId, module.Position });
        builder.Property(module => module.Slug).HasMaxLength(100);
        builder.HasMany(module => module.Revisions).WithOne().HasForeignKey(revision => revision.ModuleId);
    }
}

internal sealed class ModuleRevisionConfiguration : IEntityTypeConfiguration<ModuleRevision>
{
    public void Configure(EntityTypeBuilder<ModuleRevision> builder)
    {
        builder.ToTable("courses_module_revisions");
        builder.HasIndex(revision => new { revision.ModuleId, revision.Number }).IsUnique();
        builder.Property(revision => revision.Title).HasMaxLength(200);
        builder.Property(revision => revision.ContentHash).HasMaxLength(64);
        builder.Property(revision => revision.Source).HasMaxLength(500);
        builder.OwnsMany(revision => revision.DiscussionPrompts, prompts => prompts.ToJson());
        builder.OwnsMany(revision => revision.ReflectionPrompts, prompts =>
        {
            prompts.ToJson();
            prompts.OwnsMany(prompt => prompt.Rubric, rubric => rubric.OwnsMany(criterion => criterion.Levels));
        });
        builder.OwnsMany(revision => revision.FurtherReading, reading => reading.ToJson());
        builder.OwnsMany(revision => revision.Headings, headings => headings.ToJson());
    }
}

internal sealed class ModuleProgressConfiguration : IEntityTypeConfiguration<ModuleProgress>
{
    public void Configure(EntityTypeBuilder<ModuleProgress> builder)
    {
        builder.ToTable("courses_progress");
        builder.HasIndex(progress => new { progress.UserId, progress.CohortSlug, progress.ModuleId }).IsUnique();
        builder.Property(progress => progress.UserId).HasMaxLength(450);
        builder.Property(progress => progress.CohortSlug).HasMaxLength(100);
        builder.Ignore(progress => progress.IsCompleted);
        builder.HasOne<CourseModule>().WithMany().HasForeignKey(progress => progress.ModuleId);
    }
}

internal sealed class ModuleReleaseConfiguration : IEntityTypeConfiguration<ModuleRelease>
{
    public void Configure(EntityTypeBuilder<ModuleRelease> builder)
    {
        builder.ToTable("courses_module_releases");
        builder.HasIndex(release => new { release.CohortSlug, release.ModuleId }).IsUnique();
        builder.Property(release => release.CohortSlug).HasMaxLength(100);
        builder.HasOne<CourseModule>().WithMany().HasForeignKey(release => release.ModuleId);
    }
}

internal sealed class AssignmentDeadlineConfiguration : IEntityTypeConfiguration<AssignmentDeadline>
{
    public void Configure(EntityTypeBuilder<AssignmentDeadline> builder)
    {
        builder.ToTable("courses_assignment_deadlines");
        builder.HasIndex(deadline => new { deadline.CohortSlug, deadline.AssignmentSlug }).IsUnique();
        builder.Property(deadline => deadline.CohortSlug).HasMaxLength(100);
        builder.Property(deadline => deadline.AssignmentSlug).HasMaxLength(100);
    }
}

internal sealed class ModuleImageConfiguration : IEntityTypeConfiguration<ModuleImage>
{
    public void Configure(EntityTypeBuilder<ModuleImage> builder)
    {
        builder.ToTable("courses_images");
        builder.HasIndex(image => new { image.CourseId, image.FileName }).IsUnique();
        builder.Property(image => image.FileName).HasMaxLength(120);
        builder.Property(image => image.ContentType).HasMaxLength(20);
        builder.Property(image => image.UploadedBy).HasMaxLength(100);
        builder.HasOne<Course>().WithMany().HasForeignKey(image => image.CourseId);
    }
}
