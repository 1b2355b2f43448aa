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
        await data.EnrolmentsOf(currentUser.UserId).ToListAsync(cancellationToken);
}

internal sealed class GetCourseAccessHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetCourseAccess, CourseAccess>
{
    public async Task<CourseAccess> Handle(GetCourseAccess request, CancellationToken cancellationToken)
    {
        var enrolments = await data.EnrolmentsOf(currentUser.UserId, courseSlug: request.CourseSlug).ToListAsync(cancellationToken);
        var seesEverything = currentUser.IsInRole(Roles.Admin) || enrolments.Any(enrolment => enrolment.Role == CohortRole.Instructor);
        return new CourseAccess(seesEverything, enrolments);
    }
}

internal sealed class FindCohortHandler(ICohortsData data, ICurrentUser currentUser, EnrolmentsOfThisRequest known) : IRequestHandler<FindCohort, Enrolment?>
{
    public async Task<Enrolment?> Handle(FindCohort request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        if (known.Find(userId, request.CohortSlug) is { } found)
        {
            return found;
        }

        var own = await data.EnrolmentsOf(userId, cohortSlug: request.CohortSlug).SingleOrDefaultAsync(cancellationToken);
        if (own is not null || !currentUser.IsInRole(Roles.Admin))
        {
            return own is null ? null : known.Remember(userId, own);
        }

        // Admins see every cohort; they take part as instructors would.
        var asAdmin = await data.Cohorts
            .Where(cohort => cohort.Slug == request.CohortSlug)
            .Select(cohort => new Enrolment(cohort.Slug, cohort.Name, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone, CohortRole.Instructor,
                data.LiveSessions.Any(session => session.CohortId == cohort.Id)))
            .SingleOrDefaultAsync(cancellationToken);
        return asAdmin is null ? null : known.Remember(userId, asAdmin);
    }
}
