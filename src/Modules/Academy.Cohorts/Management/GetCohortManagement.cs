using System.Globalization;
using Academy.Cohorts.Data;
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
    ICohortsData data, ICurrentUser currentUser, Membership.EnrolmentsOfThisRequest known, IMediator mediator, LearnerEngagementMemory memory, TimeProvider clock,
    IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetCohortManagement, CohortManagement>
{
    public async Task<CohortManagement> Handle(GetCohortManagement request, CancellationToken cancellationToken)
    {
        var cohort = await TaughtCohort.LoadAsync(data, currentUser, known, request.CohortSlug, cancellationToken);
        var now = clock.GetUtcNow();
        var cohortId = cohort.CohortId;
        var members = data.CohortMembers.Where(m => m.CohortId == cohortId);
        var firstLearners = members.Where(m => m.Role == CohortRole.Learner)
            .OrderBy(m => EF.Functions.Collate(m.DisplayName, NameOrder.Reader)).ThenBy(m => m.UserId)
            .Take(GetCohortManagement.ListSize);
        // Names and faces only: the profile's card fields are the directory's to show.
        var shown = await (
                from member in members.Where(m => m.Role == CohortRole.Instructor).Concat(firstLearners)
                from profile in data.MemberProfiles.Where(profile => profile.UserId == member.UserId).DefaultIfEmpty()
                select new { member.UserId, member.DisplayName, member.Role, AvatarVersion = profile == null ? 0 : profile.AvatarVersion })
            .OrderBy(member => EF.Functions.Collate(member.DisplayName, NameOrder.Reader)).ThenBy(member => member.UserId)
            .InReaderOrder(data.Database.ProviderName, CultureInfo.CurrentCulture)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var pending = data.Invitations.Where(i => i.CohortId == cohortId && i.AcceptedAt == null);
        var invitations = await pending
            .OrderBy(i => i.Email)
            .Take(GetCohortManagement.ListSize)
            .Select(i => new { i.Email, i.Name, i.ExpiresAt, Count = pending.Count() })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        List<ListedMember> Listed(CohortRole role) => shown.Where(member => member.Role == role)
            .Select(member => new ListedMember(member.UserId, member.DisplayName, Avatars.UrlOf(cohort.CohortSlug, member.UserId, member.AvatarVersion)))
            .ToList();
        return new CohortManagement(cohort.CohortSlug, cohort.CohortName, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone,
            Listed(CohortRole.Learner), cohort.LearnerCount, Listed(CohortRole.Instructor),
            invitations.Select(i => new PendingInvitation(i.Email, i.Name, i.ExpiresAt, i.ExpiresAt <= now)).ToList(), invitations.FirstOrDefault()?.Count ?? 0,
            await CohortDashboards.BuildAsync(cohort, request.AttentionAfter, data, mediator, memory, now, t, cancellationToken));
    }
}
