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
    IReadOnlyList<Person> Learners, int LearnerCount, IReadOnlyList<Person> Instructors, IReadOnlyList<PendingInvitation> Invitations, int InvitationCount,
    CohortDashboard Dashboard);

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
        var shown = await MemberCards.Of(data, members.Where(m => m.Role == CohortRole.Instructor).Concat(firstLearners))
            .OrderBy(card => EF.Functions.Collate(card.DisplayName, NameOrder.Reader)).ThenBy(card => card.UserId)
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
        var teacher = new PeopleViewer(currentUser.UserId, Teaches: true);
        var people = shown.Select(card => card.ToPerson(cohort.CohortSlug, teacher)).ToList();
        return new CohortManagement(cohort.CohortSlug, cohort.CohortName, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone,
            people.Where(p => p.Role == CohortRole.Learner).ToList(), cohort.LearnerCount, people.Where(p => p.Role == CohortRole.Instructor).ToList(),
            invitations.Select(i => new PendingInvitation(i.Email, i.Name, i.ExpiresAt, i.ExpiresAt <= now)).ToList(), invitations.FirstOrDefault()?.Count ?? 0,
            await CohortDashboards.BuildAsync(cohort, request.AttentionAfter, data, mediator, memory, now, t, cancellationToken));
    }
}
