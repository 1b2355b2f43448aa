using Academy.Cohorts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Academy.Cohorts.Data;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ToTable("cohorts_cohorts");
        builder.HasIndex(cohort => cohort.Slug).IsUnique();
        builder.HasIndex(cohort => cohort.CourseSlug);
        builder.Property(cohort => cohort.Slug).HasMaxLength(100);
        builder.Property(cohort => cohort.Name).HasMaxLength(200);
        builder.Property(cohort => cohort.CourseSlug).HasMaxLength(100);
        builder.HasMany(cohort => cohort.Members).WithOne().HasForeignKey(member => member.CohortId);
    }
}

internal sealed class CohortMemberConfiguration : IEntityTypeConfiguration<CohortMember>
{
    public void Configure(EntityTypeBuilder<CohortMember> builder)
    {
        builder.ToTable("cohorts_members");
        builder.HasIndex(member => new { member.CohortId, member.UserId }).IsUnique();
        builder.HasIndex(member => member.UserId);
        builder.Property(member => member.UserId).HasMaxLength(450);
        builder.Property(member => member.DisplayName).HasMaxLength(100);
        builder.Property(member => member.CalendarToken).HasMaxLength(64);
        builder.HasIndex(member => member.CalendarToken);
    }
}

internal sealed class MemberProfileConfiguration : IEntityTypeConfiguration<MemberProfile>
{
    public void Configure(EntityTypeBuilder<MemberProfile> builder)
    {
        builder.ToTable("cohorts_profiles");
        builder.HasKey(profile => profile.UserId);
        builder.Property(profile => profile.UserId).HasMaxLength(450);
        builder.Property(profile => profile.DisplayName).HasMaxLength(100);
        builder.Property(profile => profile.Headline).HasMaxLength(200);
        builder.Property(profile => profile.Organisation).HasMaxLength(200);
        builder.Property(profile => profile.Industry).HasMaxLength(100);
        builder.Property(profile => profile.Location).HasMaxLength(100);
    }
}

internal sealed class MemberNotificationConfiguration : IEntityTypeConfiguration<MemberNotification>
{
    public void Configure(EntityTypeBuilder<MemberNotification> builder)
    {
        builder.ToTable("cohorts_notifications");
        builder.HasIndex(notification => new { notification.UserId, notification.ReadAt, notification.CreatedAt });
        builder.Property(notification => notification.UserId).HasMaxLength(450);
        builder.Property(notification => notification.ActorName).HasMaxLength(100);
        builder.Property(notification => notification.Text).HasMaxLength(500);
        builder.Property(notification => notification.Url).HasMaxLength(500);
    }
}
