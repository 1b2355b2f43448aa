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
        builder.Property(cohort => cohort.TimeZone).HasMaxLength(64).HasDefaultValue(Academy.Shared.Time.ZonedTime.DefaultZone);
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
        // A cohort's instructors are a few among thousands of learners: found by their role, not by reading every member.
        builder.HasIndex(member => new { member.CohortId, member.Role });
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
        builder.Property(profile => profile.BioMarkdown).HasMaxLength(2000);
        builder.Property(profile => profile.LinkedInUrl).HasMaxLength(300);
        builder.Property(profile => profile.XUrl).HasMaxLength(300);
        builder.Property(profile => profile.BlogUrl).HasMaxLength(300);
        builder.Property(profile => profile.WebsiteUrl).HasMaxLength(300);
        builder.OwnsOne(profile => profile.Visibility, visibility => visibility.ToJson());
    }
}

internal sealed class MemberNotificationConfiguration : IEntityTypeConfiguration<MemberNotification>
{
    public void Configure(EntityTypeBuilder<MemberNotification> builder)
    {
        builder.ToTable("cohorts_notifications");
        builder.HasIndex(notification => new { notification.UserId, notification.ReadAt, notification.CreatedAt });
        // The notifications page reads a member's newest 50 in order and stops, however long their history.
        builder.HasIndex(notification => new { notification.UserId, notification.CreatedAt });
        builder.Property(notification => notification.UserId).HasMaxLength(450);
        builder.Property(notification => notification.ActorName).HasMaxLength(100);
        builder.Property(notification => notification.Text).HasMaxLength(500);
        builder.Property(notification => notification.Url).HasMaxLength(500);
        builder.Property(notification => notification.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(notification => notification.CohortSlug).HasMaxLength(100);
        builder.Property(notification => notification.OnceKey).HasMaxLength(MemberNotification.MaximumOnceKeyLength);
        // A reminder reaches each member once, however often its job runs (rows without a key are not constrained).
        builder.HasIndex(notification => new { notification.UserId, notification.OnceKey }).IsUnique();
    }
}

internal sealed class MemberAvatarConfiguration : IEntityTypeConfiguration<MemberAvatar>
{
    public void Configure(EntityTypeBuilder<MemberAvatar> builder)
    {
        builder.ToTable("cohorts_avatars");
        builder.HasKey(avatar => avatar.UserId);
        builder.Property(avatar => avatar.UserId).HasMaxLength(450);
        builder.Property(avatar => avatar.ContentType).HasMaxLength(20);
    }
}

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.ToTable("cohorts_connections");
        builder.HasIndex(connection => new { connection.FirstUserId, connection.SecondUserId }).IsUnique();
        // A connection is found from either end, and each index holds the other end too: whom someone knows is read from
        // the index alone (the directory's people both know start from the viewer's connections, each looked up both ways).
        builder.HasIndex(connection => new { connection.SecondUserId, connection.FirstUserId });
        builder.Property(connection => connection.FirstUserId).HasMaxLength(450);
        builder.Property(connection => connection.SecondUserId).HasMaxLength(450);
        builder.Property(connection => connection.IntroducedBy).HasMaxLength(450);
    }
}

internal sealed class ConnectionRequestConfiguration : IEntityTypeConfiguration<ConnectionRequest>
{
    public void Configure(EntityTypeBuilder<ConnectionRequest> builder)
    {
        builder.ToTable("cohorts_connection_requests");
        builder.HasIndex(request => new { request.FromUserId, request.Status });
        builder.HasIndex(request => new { request.ToUserId, request.Status });
        builder.Property(request => request.FromUserId).HasMaxLength(450);
        builder.Property(request => request.ToUserId).HasMaxLength(450);
        builder.Property(request => request.Note).HasMaxLength(500);
        builder.Property(request => request.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        builder.ToTable("cohorts_introductions");
        builder.HasIndex(introduction => new { introduction.RequesterId, introduction.Status });
        builder.HasIndex(introduction => new { introduction.IntroducerId, introduction.Status });
        builder.HasIndex(introduction => new { introduction.TargetId, introduction.Status });
        builder.Property(introduction => introduction.RequesterId).HasMaxLength(450);
        builder.Property(introduction => introduction.IntroducerId).HasMaxLength(450);
        builder.Property(introduction => introduction.TargetId).HasMaxLength(450);
        builder.Property(introduction => introduction.RequesterNote).HasMaxLength(500);
        builder.Property(introduction => introduction.IntroducerNote).HasMaxLength(500);
        builder.Property(introduction => introduction.Status).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class CohortInvitationConfiguration : IEntityTypeConfiguration<CohortInvitation>
{
    public void Configure(EntityTypeBuilder<CohortInvitation> builder)
    {
        builder.ToTable("cohorts_invitations");
        builder.HasIndex(invitation => new { invitation.CohortId, invitation.Email }).IsUnique();
        builder.HasIndex(invitation => invitation.TokenHash).IsUnique();
        builder.Property(invitation => invitation.Email).HasMaxLength(256);
        builder.Property(invitation => invitation.Name).HasMaxLength(100);
        builder.Property(invitation => invitation.TokenHash).HasMaxLength(64);
        builder.Property(invitation => invitation.AcceptedBy).HasMaxLength(450);
    }
}

internal sealed class LiveSessionConfiguration : IEntityTypeConfiguration<LiveSession>
{
    public void Configure(EntityTypeBuilder<LiveSession> builder)
    {
        builder.ToTable("cohorts_sessions");
        builder.HasIndex(session => new { session.CohortId, session.Number }).IsUnique();
        builder.HasIndex(session => new { session.CohortId, session.StartsAt });
        builder.HasIndex(session => session.StartsAt);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(session => session.CohortId);
        builder.Property(session => session.Title).HasMaxLength(200);
        builder.Property(session => session.AgendaMarkdown).HasMaxLength(4000);
        builder.Property(session => session.MeetingUrl).HasMaxLength(300);
        builder.Property(session => session.Place).HasMaxLength(200);
        builder.Property(session => session.ModuleSlug).HasMaxLength(100);
        builder.Property(session => session.RecordingUrl).HasMaxLength(300);
        builder.Property(session => session.NotesMarkdown).HasMaxLength(4000);
        builder.Property(session => session.CreatedBy).HasMaxLength(450);
        builder.HasMany(session => session.Rsvps).WithOne().HasForeignKey(rsvp => rsvp.SessionId);
        builder.HasMany(session => session.Attendance).WithOne().HasForeignKey(attendance => attendance.SessionId);
    }
}

internal sealed class SessionRsvpConfiguration : IEntityTypeConfiguration<SessionRsvp>
{
    public void Configure(EntityTypeBuilder<SessionRsvp> builder)
    {
        builder.ToTable("cohorts_session_rsvps");
        builder.HasIndex(rsvp => new { rsvp.SessionId, rsvp.UserId }).IsUnique();
        builder.HasIndex(rsvp => rsvp.UserId);
        builder.Property(rsvp => rsvp.UserId).HasMaxLength(450);
        builder.Property(rsvp => rsvp.Answer).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.ToTable("cohorts_session_attendance");
        builder.HasIndex(attendance => new { attendance.SessionId, attendance.UserId }).IsUnique();
        builder.HasIndex(attendance => attendance.UserId);
        builder.Property(attendance => attendance.UserId).HasMaxLength(450);
    }
}
