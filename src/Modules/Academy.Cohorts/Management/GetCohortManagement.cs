using Academy.Cohorts.Data;
using Academy.Cohorts.People;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Management;

/// <summary>A cohort as its instructors run it: who is in, who is invited.</summary>
public sealed record GetCohortManagement(string CohortSlug) : IRequest<CohortManagement>;

public sealed record CohortManagement(
    string CohortSlug, string CohortName, string CourseSlug, DateOnly StartsOn, string TimeZone,
    IReadOnlyList<Person> Learners, IReadOnlyList<Person> Instructors, IReadOnlyList<PendingInvitation> Invitations, CohortDashboard Dashboard);

public sealed record PendingInvitation(string Email, string Name, DateTimeOffset ExpiresAt, bool IsExpired);

internal sealed class GetCohortManagementHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetCohortManagement, CohortManagement>
{
    public async Task<CohortManagement> Handle(GetCohortManagement request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadTaughtAsync(data, currentUser, request.CohortSlug, cancellationToken);
        var now = clock.GetUtcNow();
        var invitations = await data.Invitations.AsNoTracking()
            .Where(i => i.CohortId == people.CohortId && i.AcceptedAt == null)
            .OrderBy(i => i.Email)
            .Select(i => new { i.Email, i.Name, i.ExpiresAt })
            .ToListAsync(cancellationToken);
        var everyone = people.Everyone().ToList();
        return new CohortManagement(people.CohortSlug, people.CohortName, people.CourseSlug, people.StartsOn, people.TimeZone,
            everyone.Where(p => p.Role == CohortRole.Learner).ToList(), everyone.Where(p => p.Role == CohortRole.Instructor).ToList(),
            invitations.Select(i => new PendingInvitation(i.Email, i.Name, i.ExpiresAt, i.ExpiresAt <= now)).ToList(),
            await CohortDashboards.BuildAsync(people, data, mediator, now, t, cancellationToken));
    }
}
