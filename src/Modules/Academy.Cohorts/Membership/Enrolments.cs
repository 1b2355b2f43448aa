using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
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
        (await data.KeptEnrolmentsAsync(currentUser.UserId, cancellationToken)).All;
}

internal sealed class GetCourseAccessHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetCourseAccess, CourseAccess>
{
    public async Task<CourseAccess> Handle(GetCourseAccess request, CancellationToken cancellationToken)
    {
        var enrolments = (await data.KeptEnrolmentsAsync(currentUser.UserId, cancellationToken)).All
            .Where(enrolment => enrolment.CourseSlug == request.CourseSlug)
            .ToList();
        var seesEverything = currentUser.IsInRole(Roles.Admin) || enrolments.Any(enrolment => enrolment.Role == CohortRole.Instructor);
        return new CourseAccess(seesEverything, enrolments);
    }
}

internal sealed class FindCohortHandler(ICohortsData data, ICurrentUser currentUser, EnrolmentsOfThisRequest known)
    : IRequestHandler<FindCohort, Enrolment?>
{
    public async Task<Enrolment?> Handle(FindCohort request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        if (known.Find(userId, request.CohortSlug) is { } found)
        {
            return found;
        }

        var own = (await data.KeptEnrolmentsAsync(userId, cancellationToken)).In(request.CohortSlug)?.Enrolment;
        if (own is not null || !currentUser.IsInRole(Roles.Admin))
        {
            return own;
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

internal static class EnrolmentQueries
{
    /// <summary>
    /// A user's enrolments, newest cohort first. Whether each cohort has live sessions comes in the same query, so other
    /// modules' pages ask for sessions only when there are some. Read when <see cref="EnrolmentMemory"/> does not keep
    /// them, and compiled once for the app (<see cref="Data.CohortsQueries"/>).
    /// </summary>
    public static readonly Expression<Func<DbContext, string, IQueryable<EnrolmentOfCohort>>> EnrolmentsOf =
        (context, userId) =>
            from member in context.Set<CohortMember>()
            where member.UserId == userId
            join cohort in context.Set<Cohort>() on member.CohortId equals cohort.Id
            orderby cohort.StartsOn descending, cohort.Name
            select new EnrolmentOfCohort(cohort.Id, new Enrolment(cohort.Slug, cohort.Name, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone, member.Role,
                context.Set<LiveSession>().Any(session => session.CohortId == cohort.Id)));
}
