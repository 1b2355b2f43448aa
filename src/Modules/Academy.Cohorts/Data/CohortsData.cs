using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Data;

/// <summary>The module's sets in the database context the host shares; the host sees none of them.</summary>
internal sealed class CohortsData(DbContext context) : ModuleData(context), ICohortsData
{
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortMember> CohortMembers => Set<CohortMember>();
    public DbSet<MemberProfile> MemberProfiles => Set<MemberProfile>();
    public DbSet<MemberNotification> Notifications => Set<MemberNotification>();
    public DbSet<MemberAvatar> MemberAvatars => Set<MemberAvatar>();
    public DbSet<Connection> Connections => Set<Connection>();
    public DbSet<ConnectionRequest> ConnectionRequests => Set<ConnectionRequest>();
    public DbSet<Introduction> Introductions => Set<Introduction>();
    public DbSet<CohortInvitation> Invitations => Set<CohortInvitation>();
    public DbSet<LiveSession> LiveSessions => Set<LiveSession>();
    public DbSet<SessionRsvp> SessionRsvps => Set<SessionRsvp>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ConversationMember> ConversationMembers => Set<ConversationMember>();
    public DbSet<PrivateMessage> PrivateMessages => Set<PrivateMessage>();
    public DbSet<PersonBlock> PersonBlocks => Set<PersonBlock>();
    public DbSet<MessageReport> MessageReports => Set<MessageReport>();
    public DbSet<ConversationReader> ConversationReaders => Set<ConversationReader>();

    // Compiled once: every cohort page asks for the reader's enrolment (FindCohort), so this is the app's hottest read.
    private static readonly Func<DbContext, string, string?, string?, IAsyncEnumerable<Enrolment>> CompiledEnrolmentsOf =
        EF.CompileAsyncQuery((DbContext context, string userId, string? courseSlug, string? cohortSlug) =>
            from member in context.Set<CohortMember>()
            where member.UserId == userId
            join cohort in context.Set<Cohort>() on member.CohortId equals cohort.Id
            where (courseSlug == null || cohort.CourseSlug == courseSlug) && (cohortSlug == null || cohort.Slug == cohortSlug)
            orderby cohort.StartsOn descending, cohort.Name
            select new Enrolment(cohort.Slug, cohort.Name, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone, member.Role,
                context.Set<LiveSession>().Any(session => session.CohortId == cohort.Id)));

    public IAsyncEnumerable<Enrolment> EnrolmentsOf(string userId, string? courseSlug = null, string? cohortSlug = null) =>
        CompiledEnrolmentsOf(Context, userId, courseSlug, cohortSlug);
}
