using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Membership;

internal sealed class GetCohortLearnersHandler(ICohortsData data) : IRequestHandler<GetCohortLearners, IReadOnlyList<CohortLearners>>
{
    public async Task<IReadOnlyList<CohortLearners>> Handle(GetCohortLearners request, CancellationToken cancellationToken)
    {
        var cohorts = await data.Cohorts.AsNoTracking().Select(c => new { c.Id, c.Slug, c.CourseSlug, c.StartsOn, c.TimeZone }).ToListAsync(cancellationToken);
        var learners = (await data.CohortMembers.AsNoTracking().Where(m => m.Role == CohortRole.Learner)
                .Select(m => new { m.CohortId, m.UserId }).ToListAsync(cancellationToken))
            .ToLookup(m => m.CohortId, m => m.UserId);
        return cohorts.Select(c => new CohortLearners(c.Slug, c.CourseSlug, c.StartsOn, c.TimeZone, learners[c.Id].ToList())).ToList();
    }
}
