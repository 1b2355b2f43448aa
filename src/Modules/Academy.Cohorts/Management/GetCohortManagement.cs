using Academy.Cohorts.Data;
using Academy.Cohorts.People;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Teaching;
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
    IReadOnlyList<Person> Learners, int LearnerCount, IReadOnlyList<Person> Instructors, IReadOnlyList<PendingInvitation> Invitations, int InvitationCount,
    CohortDashboard Dashboard);

public sealed record PendingInvitation(string Email, string Name, DateTimeOffset ExpiresAt, bool IsExpired);

internal sealed class GetCohortManagementHandler(
    ICohortsData data, ICurrentUser currentUser, Membership.EnrolmentsOfThisRequest known, IMediator mediator, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetCohortManagement, CohortManagement>
{
    public async Task<CohortManagement> Handle(GetCohortManagement request, CancellationToken cancellationToken)
    {
        var cohort = await TaughtCohort.LoadAsync(data, currentUser, known, request.CohortSlug, cancellationToken);
        var now = clock.GetUtcNow();
        var cohortId = cohort.CohortId;
        var members = data.CohortMembers.Where(m => m.CohortId == cohortId);
        var shown = await members.Where(m => m.Role == CohortRole.Instructor)
            .Concat(members.Where(m => m.Role == CohortRole.Learner).OrderBy(m => m.DisplayName).ThenBy(m => m.UserId).Take(GetCohortManagement.ListSize))
            .Select(m => new
            {
                m.UserId, m.DisplayName, m.Role,
                AvatarVersion = data.MemberProfiles.Where(p => p.UserId == m.UserId).Select(p => p.AvatarVersion).FirstOrDefault(),
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var pending = data.Invitations.Where(i => i.CohortId == cohortId && i.AcceptedAt == null);
        var invitations = await pending
            .OrderBy(i => i.Email)
            .Take(GetCohortManagement.ListSize)
            .Select(i => new { i.Email, i.Name, i.ExpiresAt, Count = pending.Count() })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var people = shown
            .OrderBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(m => new Person(m.UserId, m.DisplayName, m.Role, null, null, null, null, [], [],
                m.AvatarVersion > 0 ? $"/cohorts/{cohort.CohortSlug}/people/{m.UserId}/avatar?v={m.AvatarVersion}" : null))
            .ToList();
        return new CohortManagement(cohort.CohortSlug, cohort.CohortName, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone,
            people.Where(p => p.Role == CohortRole.Learner).ToList(), cohort.LearnerCount, people.Where(p => p.Role == CohortRole.Instructor).ToList(),
            invitations.Select(i => new PendingInvitation(i.Email, i.Name, i.ExpiresAt, i.ExpiresAt <= now)).ToList(), invitations.FirstOrDefault()?.Count ?? 0,
            await CohortDashboards.BuildAsync(cohort, request.AttentionAfter, data, mediator, now, t, cancellationToken));
    }
}
