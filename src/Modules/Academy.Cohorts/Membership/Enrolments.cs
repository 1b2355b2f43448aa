using Academy.Cohorts.Data;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Membership;

internal sealed class GetMyEnrolmentsHandler(ICohortsData data, ICurrentUser currentUser)
    : IRequestHandler<GetMyEnrolments, IReadOnlyList<Enrolment>>
{
    public async Task<IReadOnlyList<Enrolment>> Handle(GetMyEnrolments request, CancellationToken cancellationToken) =>
        await (from member in data.CohortMembers
               where member.UserId == currentUser.UserId
               join cohort in data.Cohorts on member.CohortId equals cohort.Id
               orderby cohort.StartsOn descending, cohort.Name
               select new Enrolment(cohort.Slug, cohort.Name, cohort.CourseSlug, cohort.StartsOn, member.Role))
            .ToListAsync(cancellationToken);
}

internal sealed class HasCourseAccessHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<HasCourseAccess, bool>
{
    public async Task<bool> Handle(HasCourseAccess request, CancellationToken cancellationToken)
    {
        if (currentUser.IsInRole(Roles.Admin))
        {
            return true;
        }

        var userId = currentUser.UserId;
        return await (from member in data.CohortMembers
                      where member.UserId == userId
                      join cohort in data.Cohorts on member.CohortId equals cohort.Id
                      where cohort.CourseSlug == request.CourseSlug
                      select member.Id)
            .AnyAsync(cancellationToken);
    }
}
