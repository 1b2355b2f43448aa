using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using MediatR;

namespace Academy.Reflections.Review;

internal static class Reviewers
{
    public static async Task<IReadOnlyList<ReflectionAssignment>> AssignmentsAsync(this IMediator mediator, Enrolment cohort, CancellationToken cancellationToken) =>
        await mediator.Send(new GetReflectionAssignments(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn, cohort.TimeZone), cancellationToken);
}
