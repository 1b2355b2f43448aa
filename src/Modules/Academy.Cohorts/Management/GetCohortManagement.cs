using System.Globalization;
using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Teaching;
using Academy.Shared.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Management;

/// <summary>
/// A cohort as its instructors run it: its instructors, the first <see cref="ListSize"/> learners by name (the directory
/// has them all) and invitations not yet accepted, and the dashboard with one page of its queue after
/// <see cref="AttentionAfter"/>.
/// </summary>
public sealed record GetCohortManagement(string CohortSlug, AttentionPosition? AttentionAfter = null) : IRequest<CohortManagement>
{
    public const int ListSize = 50;
}

/// <param name="Learners">The first learners by name; <paramref name="LearnerCount"/> says how many there are in all.</param>
/// <param name="Invitations">The first pending invitations by address; <paramref name="InvitationCount"/> says how many there are in all.</param>
public sealed record CohortManagement(
    string CohortSlug, string CohortName, string CourseSlug, DateOnly StartsOn, string TimeZone,
    IReadOnlyList<ListedMember> Learners, int LearnerCount, IReadOnlyList<ListedMember> Instructors, IReadOnlyList<PendingInvitation> Invitations, int InvitationCount,
    CohortDashboard Dashboard);

/// <summary>A member as the dashboard lists them: a name and a face, linked to their profile (which has the rest).</summary>
public sealed record ListedMember(string UserId, string Name, string? AvatarUrl)
{
    public string Url(string cohortSlug) => $"/cohorts/{cohortSlug}/people/{UserId}";
}

public sealed record PendingInvitation(string Email, string Name, DateTimeOffset ExpiresAt, bool IsExpired);

internal sealed class GetCohortManagementHandler(
    ICohortsData data, ICurrentUser currentUser, Membership.EnrolmentsOfThisRequest known, IMediator mediator, LearnerEngagementMemory memory, People.DirectoryMemory directory, TimeProvider clock,
    IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetCohortManagement, CohortManagement>
{
    /// <summary>
    /// The cohort's instructors and its first learners by name in the reader's collation (<see cref="NameOrder.Reader"/>),
    /// names and faces only: the profile's card fields are the directory's to show. Each part is joined to its profiles
    /// before it is cut, so each profile is found by its key: with the learners cut first, PostgreSQL joined the page by
    /// hashing every profile in the database. Compiled once for the app and collation (<see cref="Data.CohortsQueries"/>).
    /// </summary>
    internal static readonly Expression<Func<DbContext, Guid, IQueryable<ManagedMember>>> MembersQuery =
        (context, cohortId) => context.Set<CohortMember>()
            .Where(m => m.CohortId == cohortId && m.Role == CohortRole.Instructor)
            .SelectMany(member => context.Set<MemberProfile>().Where(profile => profile.UserId == member.UserId).DefaultIfEmpty(), ManagedMember.Of)
            .Concat(context.Set<CohortMember>()
                .Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner)
                .SelectMany(member => context.Set<MemberProfile>().Where(profile => profile.UserId == member.UserId).DefaultIfEmpty(), ManagedMember.Of)
                .OrderBy(m => EF.Functions.Collate(m.DisplayName, NameOrder.Reader)).ThenBy(m => m.UserId)
                .Take(GetCohortManagement.ListSize))
            .OrderBy(m => EF.Functions.Collate(m.DisplayName, NameOrder.Reader)).ThenBy(m => m.UserId);

    /// <summary>The first invitations not yet accepted, by address, each with how many there are in all; compiled once for the app.</summary>
    internal static readonly Expression<Func<DbContext, Guid, IQueryable<InvitationRow>>> InvitationsQuery =
        (context, cohortId) => context.Set<CohortInvitation>()
            .Where(i => i.CohortId == cohortId && i.AcceptedAt == null)
            .OrderBy(i => i.Email)
            .Take(GetCohortManagement.ListSize)
            .Select(i => new InvitationRow(i.Email, i.Name, i.ExpiresAt,
                context.Set<CohortInvitation>().Count(pending => pending.CohortId == cohortId && pending.AcceptedAt == null)));

    public async Task<CohortManagement> Handle(GetCohortManagement request, CancellationToken cancellationToken)
    {
        var cohort = await TaughtCohort.LoadAsync(data, currentUser, known, directory, request.CohortSlug, cancellationToken);
        var now = clock.GetUtcNow();
        var shown = await data.ManagedMembers(NameOrder.Collation(data.Database.ProviderName, CultureInfo.CurrentCulture), cohort.CohortId)
            .ToListAsync(cancellationToken);
        var invitations = await data.PendingInvitations(cohort.CohortId).ToListAsync(cancellationToken);
        List<ListedMember> Listed(CohortRole role) => shown.Where(member => member.Role == role)
            .Select(member => new ListedMember(member.UserId, member.DisplayName, Avatars.UrlOf(cohort.CohortSlug, member.UserId, member.AvatarVersion)))
            .ToList();
        return new CohortManagement(cohort.CohortSlug, cohort.CohortName, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone,
            Listed(CohortRole.Learner), cohort.LearnerCount, Listed(CohortRole.Instructor),
            invitations.Select(i => new PendingInvitation(i.Email, i.Name, i.ExpiresAt, i.ExpiresAt <= now)).ToList(), invitations.FirstOrDefault()?.Count ?? 0,
            await CohortDashboards.BuildAsync(cohort, request.AttentionAfter, data, mediator, memory, now, t, cancellationToken));
    }
}

/// <summary>A member as <see cref="GetCohortManagementHandler.MembersQuery"/> reads them.</summary>
internal sealed class ManagedMember
{
    /// <summary>A member and their profile (null for none), as the result selector of a left join.</summary>
    public static readonly Expression<Func<CohortMember, MemberProfile?, ManagedMember>> Of = (member, profile) => new ManagedMember
    {
        UserId = member.UserId, DisplayName = member.DisplayName, Role = member.Role, AvatarVersion = profile == null ? 0 : profile.AvatarVersion,
    };

    public required string UserId { get; init; }
    public required string DisplayName { get; init; }
    public CohortRole Role { get; init; }
    public int AvatarVersion { get; init; }
}

/// <summary>A pending invitation as <see cref="GetCohortManagementHandler.InvitationsQuery"/> reads it, with how many are pending in all.</summary>
internal sealed record InvitationRow(string Email, string Name, DateTimeOffset ExpiresAt, int Count);
