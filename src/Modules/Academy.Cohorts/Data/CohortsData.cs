using Academy.Cohorts.Domain;
using Academy.Cohorts.Messages;
using Academy.Cohorts.Notifications;
using Academy.Cohorts.People;
using Academy.Cohorts.Sessions;
using Academy.Contracts.Cohorts;
using Academy.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Data;

/// <summary>The module's sets in the database context the host shares; the host sees none of them.</summary>
internal sealed class CohortsData(DbContext context, CohortsQueries queries, Membership.EnrolmentMemory enrolments) : ModuleData(context), ICohortsData
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

    public Task<Membership.KeptEnrolments> KeptEnrolmentsAsync(string userId, CancellationToken cancellationToken) =>
        enrolments.OfAsync(this, userId, cancellationToken);

    public IAsyncEnumerable<Membership.EnrolmentOfCohort> EnrolmentsOf(string userId) => queries.EnrolmentsOf(Context, userId);

    public IAsyncEnumerable<EnrolmentWithNextSessionRow> EnrolmentsWithNextSession(string userId, DateTimeOffset now) =>
        queries.EnrolmentsWithNextSession(Context, userId, now);

    public IAsyncEnumerable<NotificationRow> PageOfNotifications(string userId, DateTimeOffset? olderThan) =>
        queries.PageOfNotifications(Context, userId, olderThan);

    public IAsyncEnumerable<ConversationRow> PageOfConversations(string userId, DateTimeOffset? olderThan) =>
        queries.PageOfConversations(Context, userId, olderThan);

    public IAsyncEnumerable<ConversationHead> ConversationHead(Guid conversationId, string userId) =>
        queries.ConversationHead(Context, conversationId, userId);

    public IAsyncEnumerable<MessageView> PageOfMessages(Guid conversationId, int? before, string userId) =>
        queries.PageOfMessages(Context, conversationId, before, userId);

    public IAsyncEnumerable<SessionCohort> SessionCohort(string cohortSlug, string userId, bool isAdmin) =>
        queries.SessionCohort(Context, cohortSlug, userId, isAdmin);

    public IAsyncEnumerable<SessionRow> UpcomingSessionLines(Guid cohortId, string userId, bool teaches, DateTimeOffset now) =>
        queries.UpcomingSessionLines(Context, cohortId, userId, teaches, now);

    public IAsyncEnumerable<SessionRow> PastSessionLines(Guid cohortId, string userId, bool teaches, DateTimeOffset now, int? before) =>
        queries.PastSessionLines(Context, cohortId, userId, teaches, now, before);

    public IAsyncEnumerable<ProfileFound> Profile(string cohortSlug, string viewerId, string memberId) =>
        queries.Profile(Context, cohortSlug, viewerId, memberId);

    public IAsyncEnumerable<MemberCard> MutualCards(string cohortSlug, string viewerId, string memberId) =>
        queries.MutualCards(Context, cohortSlug, viewerId, memberId);

    public IAsyncEnumerable<DirectoryCohort> DirectoryCohortWithoutChoices(string cohortSlug, string viewerId) =>
        queries.DirectoryCohortWithoutChoices(Context, cohortSlug, viewerId);

    public IAsyncEnumerable<DirectoryLine> DirectoryPage(string collation, Guid cohortId, string viewerId, bool teaches,
        string? search, string? industry, string? location, string? interest, string? afterName, string? afterId, bool withMutuals) =>
        queries.DirectoryPage(collation, withMutuals)(Context, cohortId, viewerId, teaches, search, industry, location, interest, afterName, afterId);

    public IAsyncEnumerable<Management.TaughtCohort.Found> TaughtCohort(string cohortSlug, string viewerId, bool countLearners) =>
        queries.TaughtCohort(Context, cohortSlug, viewerId, countLearners);

    public IAsyncEnumerable<Management.ManagedMember> ManagedMembers(string collation, Guid cohortId) =>
        queries.ManagedMembers(collation)(Context, cohortId);

    public IAsyncEnumerable<Management.InvitationRow> PendingInvitations(Guid cohortId) =>
        queries.PendingInvitations(Context, cohortId);
}
