using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Management;

internal sealed class ListAllCohortsHandler(ICohortsData data) : IRequestHandler<ListAllCohorts, IReadOnlyList<CohortOverview>>
{
    public async Task<IReadOnlyList<CohortOverview>> Handle(ListAllCohorts request, CancellationToken cancellationToken)
    {
        var cohorts = await data.Cohorts.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Slug, c.Name, c.CourseSlug, c.StartsOn })
            .ToListAsync(cancellationToken);
        var members = await data.CohortMembers.AsNoTracking()
            .Select(m => new { m.CohortId, m.DisplayName, m.Role })
            .ToListAsync(cancellationToken);
        var byCohort = members.ToLookup(m => m.CohortId);
        return cohorts.Select(c => new CohortOverview(c.Slug, c.Name, c.CourseSlug, c.StartsOn,
                byCohort[c.Id].Where(m => m.Role == CohortRole.Instructor).Select(m => m.DisplayName).Order().ToList(),
                byCohort[c.Id].Count(m => m.Role == CohortRole.Learner)))
            .ToList();
    }
}
