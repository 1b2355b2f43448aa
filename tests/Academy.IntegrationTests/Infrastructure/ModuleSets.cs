using Academy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// The modules' sets, named as each module names them, for tests that arrange or check rows directly. The host's
/// context does not know the modules' entities (each module reads its own sets through its data class); tests may.
/// </summary>
internal static class ModuleSets
{
    extension(AcademyDbContext context)
    {
        // Courses
        public DbSet<Academy.Courses.Domain.Course> Courses => context.Set<Academy.Courses.Domain.Course>();
        public DbSet<Academy.Courses.Domain.CourseModule> CourseModules => context.Set<Academy.Courses.Domain.CourseModule>();
        public DbSet<Academy.Courses.Domain.ModuleRevision> ModuleRevisions => context.Set<Academy.Courses.Domain.ModuleRevision>();
        public DbSet<Academy.Courses.Domain.ModuleProgress> ModuleProgress => context.Set<Academy.Courses.Domain.ModuleProgress>();
        public DbSet<Academy.Courses.Domain.ModuleRelease> ModuleReleases => context.Set<Academy.Courses.Domain.ModuleRelease>();
        public DbSet<Academy.Courses.Domain.AssignmentDeadline> AssignmentDeadlines => context.Set<Academy.Courses.Domain.AssignmentDeadline>();
        public DbSet<Academy.Courses.Domain.ModuleImage> ModuleImages => context.Set<Academy.Courses.Domain.ModuleImage>();
        // Cohorts
        public DbSet<Academy.Cohorts.Domain.Cohort> Cohorts => context.Set<Academy.Cohorts.Domain.Cohort>();
        public DbSet<Academy.Cohorts.Domain.CohortMember> CohortMembers => context.Set<Academy.Cohorts.Domain.CohortMember>();
        public DbSet<Academy.Cohorts.Domain.MemberProfile> MemberProfiles => context.Set<Academy.Cohorts.Domain.MemberProfile>();
        public DbSet<Academy.Cohorts.Domain.MemberNotification> Notifications => context.Set<Academy.Cohorts.Domain.MemberNotification>();
        public DbSet<Academy.Cohorts.Domain.MemberAvatar> MemberAvatars => context.Set<Academy.Cohorts.Domain.MemberAvatar>();
        public DbSet<Academy.Cohorts.Domain.Connection> Connections => context.Set<Academy.Cohorts.Domain.Connection>();
        public DbSet<Academy.Cohorts.Domain.ConnectionRequest> ConnectionRequests => context.Set<Academy.Cohorts.Domain.ConnectionRequest>();
        public DbSet<Academy.Cohorts.Domain.Introduction> Introductions => context.Set<Academy.Cohorts.Domain.Introduction>();
        public DbSet<Academy.Cohorts.Domain.CohortInvitation> Invitations => context.Set<Academy.Cohorts.Domain.CohortInvitation>();
        public DbSet<Academy.Cohorts.Domain.LiveSession> LiveSessions => context.Set<Academy.Cohorts.Domain.LiveSession>();
        public DbSet<Academy.Cohorts.Domain.SessionRsvp> SessionRsvps => context.Set<Academy.Cohorts.Domain.SessionRsvp>();
        public DbSet<Academy.Cohorts.Domain.SessionAttendance> SessionAttendance => context.Set<Academy.Cohorts.Domain.SessionAttendance>();
        public DbSet<Academy.Cohorts.Domain.Conversation> Conversations => context.Set<Academy.Cohorts.Domain.Conversation>();
        public DbSet<Academy.Cohorts.Domain.ConversationMember> ConversationMembers => context.Set<Academy.Cohorts.Domain.ConversationMember>();
        public DbSet<Academy.Cohorts.Domain.PrivateMessage> PrivateMessages => context.Set<Academy.Cohorts.Domain.PrivateMessage>();
        public DbSet<Academy.Cohorts.Domain.PersonBlock> PersonBlocks => context.Set<Academy.Cohorts.Domain.PersonBlock>();
        public DbSet<Academy.Cohorts.Domain.MessageReport> MessageReports => context.Set<Academy.Cohorts.Domain.MessageReport>();
        public DbSet<Academy.Cohorts.Domain.ConversationReader> ConversationReaders => context.Set<Academy.Cohorts.Domain.ConversationReader>();
        // Discussions
        public DbSet<Academy.Discussions.Domain.Space> Spaces => context.Set<Academy.Discussions.Domain.Space>();
        public DbSet<Academy.Discussions.Domain.DiscussionThread> Threads => context.Set<Academy.Discussions.Domain.DiscussionThread>();
        public DbSet<Academy.Discussions.Domain.Post> Posts => context.Set<Academy.Discussions.Domain.Post>();
        public DbSet<Academy.Discussions.Domain.PostRevision> PostRevisions => context.Set<Academy.Discussions.Domain.PostRevision>();
        public DbSet<Academy.Discussions.Domain.ReadMark> ReadMarks => context.Set<Academy.Discussions.Domain.ReadMark>();
        public DbSet<Academy.Discussions.Domain.ModerationEntry> ModerationLog => context.Set<Academy.Discussions.Domain.ModerationEntry>();
        public DbSet<Academy.Discussions.Domain.PostFlag> PostFlags => context.Set<Academy.Discussions.Domain.PostFlag>();
        public DbSet<Academy.Discussions.Domain.Draft> Drafts => context.Set<Academy.Discussions.Domain.Draft>();
        public DbSet<Academy.Discussions.Domain.PostLike> PostLikes => context.Set<Academy.Discussions.Domain.PostLike>();
        public DbSet<Academy.Discussions.Domain.ThreadFollow> ThreadFollows => context.Set<Academy.Discussions.Domain.ThreadFollow>();
        // Reflections
        public DbSet<Academy.Reflections.Domain.Reflection> Reflections => context.Set<Academy.Reflections.Domain.Reflection>();
        public DbSet<Academy.Reflections.Domain.ReflectionComment> ReflectionComments => context.Set<Academy.Reflections.Domain.ReflectionComment>();
        public DbSet<Academy.Reflections.Domain.PeerReviewSettings> PeerReviewSettings => context.Set<Academy.Reflections.Domain.PeerReviewSettings>();
        public DbSet<Academy.Reflections.Domain.PeerReview> PeerReviews => context.Set<Academy.Reflections.Domain.PeerReview>();
    }
}
