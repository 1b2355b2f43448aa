using System.Collections.Concurrent;
using Academy.Cohorts.Membership;
using Academy.Cohorts.Messages;
using Academy.Cohorts.Notifications;
using Academy.Cohorts.People;
using Academy.Cohorts.Sessions;
using Academy.Contracts.Cohorts;
using Academy.Shared.Data;
using Microsoft.EntityFrameworkCore;
using DirectoryPageQuery = System.Func<Microsoft.EntityFrameworkCore.DbContext, System.Guid, string, bool, string?, string?, string?, string?, string?, string?,
    System.Collections.Generic.IAsyncEnumerable<Academy.Cohorts.People.DirectoryLine>>;

namespace Academy.Cohorts.Data;

/// <summary>The module's hottest reads, compiled once for the app (see <see cref="Academy.Shared.Data.ModuleData"/>'s <c>Context</c>).</summary>
internal sealed class CohortsQueries
{
    public Func<DbContext, string, IAsyncEnumerable<Membership.EnrolmentOfCohort>> EnrolmentsOf { get; } =
        EF.CompileAsyncQuery(EnrolmentQueries.EnrolmentsOf);

    public Func<DbContext, string, DateTimeOffset, IAsyncEnumerable<EnrolmentWithNextSessionRow>> EnrolmentsWithNextSession { get; } =
        EF.CompileAsyncQuery(GetMyEnrolmentsWithNextSessionsHandler.EnrolmentsWithNextSessionQuery);

    public Func<DbContext, string, DateTimeOffset?, IAsyncEnumerable<NotificationRow>> PageOfNotifications { get; } =
        EF.CompileAsyncQuery(GetMyNotificationsHandler.PageOfNotificationsQuery);

    public Func<DbContext, string, DateTimeOffset?, IAsyncEnumerable<ConversationRow>> PageOfConversations { get; } =
        EF.CompileAsyncQuery(GetConversationsHandler.PageOfConversationsQuery);

    public Func<DbContext, Guid, string, IAsyncEnumerable<ConversationHead>> ConversationHead { get; } =
        EF.CompileAsyncQuery(GetConversationHandler.ConversationHeadQuery);

    public Func<DbContext, Guid, int?, string, IAsyncEnumerable<MessageView>> PageOfMessages { get; } =
        EF.CompileAsyncQuery(GetConversationHandler.PageOfMessagesQuery);

    public Func<DbContext, string, string, bool, IAsyncEnumerable<SessionCohort>> SessionCohort { get; } =
        EF.CompileAsyncQuery(SessionCohorts.SessionCohortQuery);

    public Func<DbContext, Guid, string, bool, DateTimeOffset, IAsyncEnumerable<SessionRow>> UpcomingSessionLines { get; } =
        EF.CompileAsyncQuery(GetSessionsHandler.UpcomingQuery);

    public Func<DbContext, Guid, string, bool, DateTimeOffset, int?, IAsyncEnumerable<SessionRow>> PastSessionLines { get; } =
        EF.CompileAsyncQuery(GetSessionsHandler.PastQuery);

    public Func<DbContext, string, string, string, IAsyncEnumerable<ProfileFound>> Profile { get; } =
        EF.CompileAsyncQuery(GetProfileHandler.ProfileQuery);

    public Func<DbContext, string, string, string, IAsyncEnumerable<MemberCard>> MutualCards { get; } =
        EF.CompileAsyncQuery(GetProfileHandler.MutualQuery);

    public Func<DbContext, string, string, IAsyncEnumerable<DirectoryCohort>> DirectoryCohortWithoutChoices { get; } =
        EF.CompileAsyncQuery(DirectoryCohort.WithoutChoicesQuery);

    private readonly ConcurrentDictionary<(string Collation, bool WithMutuals), DirectoryPageQuery> directoryPages = new();

    /// <summary>
    /// The directory's page in one collation (one for each language the app speaks), alone or with the people both know
    /// (<see cref="GetDirectoryHandler.PageWithMutualsQuery"/>), compiled on first use.
    /// </summary>
    public DirectoryPageQuery DirectoryPage(string collation, bool withMutuals) =>
        directoryPages.GetOrAdd((collation, withMutuals), static key => EF.CompileAsyncQuery(
            NameOrder.InCollation(key.WithMutuals ? GetDirectoryHandler.PageWithMutualsQuery : GetDirectoryHandler.PageQuery, key.Collation)));

    public Func<DbContext, string, string, bool, IAsyncEnumerable<Management.TaughtCohort.Found>> TaughtCohort { get; } =
        EF.CompileAsyncQuery(Management.TaughtCohort.Query);

    public Func<DbContext, Guid, IAsyncEnumerable<Management.InvitationRow>> PendingInvitations { get; } =
        EF.CompileAsyncQuery(Management.GetCohortManagementHandler.InvitationsQuery);

    private readonly ConcurrentDictionary<string, Func<DbContext, Guid, IAsyncEnumerable<Management.ManagedMember>>> managedMembers = new(StringComparer.Ordinal);

    /// <summary>The cohort management page's members in one collation, compiled on first use.</summary>
    public Func<DbContext, Guid, IAsyncEnumerable<Management.ManagedMember>> ManagedMembers(string collation) =>
        managedMembers.GetOrAdd(collation, static named => EF.CompileAsyncQuery(NameOrder.InCollation(Management.GetCohortManagementHandler.MembersQuery, named)));
}
