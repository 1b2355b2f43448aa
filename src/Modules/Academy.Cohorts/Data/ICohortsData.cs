using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Data;

/// <summary>The Cohorts module's view of the database: only its own tables.</summary>
internal interface ICohortsData
{
    DbSet<Cohort> Cohorts { get; }
    DbSet<CohortMember> CohortMembers { get; }
    DbSet<MemberProfile> MemberProfiles { get; }
    DbSet<MemberNotification> Notifications { get; }
    DbSet<MemberAvatar> MemberAvatars { get; }
    DbSet<Connection> Connections { get; }
    DbSet<ConnectionRequest> ConnectionRequests { get; }
    DbSet<Introduction> Introductions { get; }
    DbSet<CohortInvitation> Invitations { get; }
    DbSet<LiveSession> LiveSessions { get; }
    DbSet<SessionRsvp> SessionRsvps { get; }
    DbSet<SessionAttendance> SessionAttendance { get; }
    DbSet<Conversation> Conversations { get; }
    DbSet<ConversationMember> ConversationMembers { get; }
    DbSet<PrivateMessage> PrivateMessages { get; }
    DbSet<PersonBlock> PersonBlocks { get; }
    DbSet<MessageReport> MessageReports { get; }
    DbSet<ConversationReader> ConversationReaders { get; }

    /// <summary>A user's enrolments as <see cref="Membership.EnrolmentMemory"/> keeps them, read when it does not.</summary>
    Task<Membership.KeptEnrolments> KeptEnrolmentsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>A user's enrolments (<see cref="Membership.EnrolmentQueries.EnrolmentsOf"/>), by the app's compiled query: read by <see cref="Membership.EnrolmentMemory"/>, which the pages ask.</summary>
    IAsyncEnumerable<Membership.EnrolmentOfCohort> EnrolmentsOf(string userId);

    /// <summary>A user's enrolments with their next sessions (<see cref="Sessions.GetMyEnrolmentsWithNextSessionsHandler.EnrolmentsWithNextSessionQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Sessions.EnrolmentWithNextSessionRow> EnrolmentsWithNextSession(string userId, DateTimeOffset now);

    /// <summary>A page of a member's notifications (<see cref="Notifications.GetMyNotificationsHandler.PageOfNotificationsQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Notifications.NotificationRow> PageOfNotifications(string userId, DateTimeOffset? olderThan);

    /// <summary>A page of a member's conversations (<see cref="Messages.GetConversationsHandler.PageOfConversationsQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Messages.ConversationRow> PageOfConversations(string userId, DateTimeOffset? olderThan);

    /// <summary>A conversation for one member (<see cref="Messages.GetConversationHandler.ConversationHeadQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Messages.ConversationHead> ConversationHead(Guid conversationId, string userId);

    /// <summary>A page of a conversation's messages for one member (<see cref="Messages.GetConversationHandler.PageOfMessagesQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Messages.MessageView> PageOfMessages(Guid conversationId, int? before, string userId);

    /// <summary>A cohort with the caller's role in it (<see cref="Sessions.SessionCohorts.SessionCohortQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Sessions.SessionCohort> SessionCohort(string cohortSlug, string userId, bool isAdmin);

    /// <summary>A cohort's sessions not yet ended (<see cref="Sessions.GetSessionsHandler.UpcomingQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Sessions.SessionRow> UpcomingSessionLines(Guid cohortId, string userId, bool teaches, DateTimeOffset now);

    /// <summary>A page of a cohort's ended sessions (<see cref="Sessions.GetSessionsHandler.PastQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Sessions.SessionRow> PastSessionLines(Guid cohortId, string userId, bool teaches, DateTimeOffset now, int? before);

    /// <summary>
    /// A page of the cohort's directory, by the app's query compiled for <paramref name="collation"/>; a filter or keyset
    /// left null is no condition. With <paramref name="withMutuals"/>, a row per card and person the viewer and that member
    /// both know (<see cref="People.GetDirectoryHandler.PageWithMutualsQuery"/>); without, a row per card
    /// (<see cref="People.GetDirectoryHandler.PageQuery"/>).
    /// </summary>
    IAsyncEnumerable<People.DirectoryLine> DirectoryPage(string collation, Guid cohortId, string viewerId, bool teaches,
        string? search, string? industry, string? location, string? interest, string? afterName, string? afterId, bool withMutuals);

    /// <summary>The directory's cohort and viewer, without the filters' choices (<see cref="People.DirectoryCohort.WithoutChoicesQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<People.DirectoryCohort> DirectoryCohortWithoutChoices(string cohortSlug, string viewerId);

    /// <summary>A member's profile and what stands between them and the viewer (<see cref="People.GetProfileHandler.ProfileQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<People.ProfileFound> Profile(string cohortSlug, string viewerId, string memberId);

    /// <summary>The cards of the people in the cohort both know (<see cref="People.GetProfileHandler.MutualQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<People.MemberCard> MutualCards(string cohortSlug, string viewerId, string memberId);

    /// <summary>A cohort its viewer may teach, with the viewer's role (<see cref="Management.TaughtCohort.Query"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Management.TaughtCohort.Found> TaughtCohort(string cohortSlug, string viewerId, bool countLearners);

    /// <summary>
    /// The cohort's instructors and first learners by name (<see cref="Management.GetCohortManagementHandler.MembersQuery"/>), by the
    /// app's query compiled for <paramref name="collation"/>.
    /// </summary>
    IAsyncEnumerable<Management.ManagedMember> ManagedMembers(string collation, Guid cohortId);

    /// <summary>The first pending invitations (<see cref="Management.GetCohortManagementHandler.InvitationsQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Management.InvitationRow> PendingInvitations(Guid cohortId);

    /// <summary>For what a provider names in its own way (the collation that orders names as the reader's language does).</summary>
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
