using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Management;

/// <summary>
/// One command whatever the cohorts' sizes: each cohort with its instructors' names and its learners counted in the
/// database (from the index on cohort and role), never read row by row.
/// </summary>
internal sealed class ListAllCohortsHandler(ICohortsData data) : IRequestHandler<ListAllCohorts, IReadOnlyList<CohortOverview>>
{
    public async Task<IReadOnlyList<CohortOverview>> Handle(ListAllCohorts request, CancellationToken cancellationToken)
    {
        var cohorts = await data.Cohorts.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new
            {
                c.Slug, c.Name, c.CourseSlug, c.StartsOn,
                Instructors = data.CohortMembers.Where(m => m.CohortId == c.Id && m.Role == CohortRole.Instructor).Select(m => m.DisplayName).ToList(),
                Learners = data.CohortMembers.Count(m => m.CohortId == c.Id && m.Role == CohortRole.Learner),
            })
            .ToListAsync(cancellationToken);
        return cohorts.Select(c => new CohortOverview(c.Slug, c.Name, c.CourseSlug, c.StartsOn, c.Instructors.Order().ToList(), c.Learners)).ToList();
    }
}
