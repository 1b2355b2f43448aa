using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Reflections.Writing;

/// <summary>The caller's place in a cohort and its assignments; not found for anyone outside the cohort.</summary>
internal sealed class ReflectionContext(IMediator mediator, ICurrentUser currentUser)
{
    public async Task<(Enrolment Cohort, IReadOnlyList<ReflectionAssignment> Assignments)> LoadAsync(string cohortSlug, CancellationToken cancellationToken)
    {
        var cohort = await mediator.Send(new FindCohort(cohortSlug), cancellationToken)
            ?? throw new NotFoundException($"Reflections of {cohortSlug} are not visible to {currentUser.UserId}.");
        var assignments = await mediator.Send(new GetReflectionAssignments(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn, cohort.TimeZone), cancellationToken);
        if (cohort.Role == CohortRole.Learner)
        {
            // Before its module opens, a learner sees an assignment only as a title and a date.
            assignments = assignments.Select(assignment => assignment.IsOpen ? assignment : assignment with { Prompt = string.Empty, Rubric = [] }).ToList();
        }

        return (cohort, assignments);
    }

    public async Task<(Enrolment Cohort, ReflectionAssignment Assignment)> AssignmentAsync(string cohortSlug, string assignmentSlug, CancellationToken cancellationToken)
    {
        var (cohort, assignments) = await LoadAsync(cohortSlug, cancellationToken);
        var assignment = assignments.SingleOrDefault(a => a.Slug == assignmentSlug)
            ?? throw new NotFoundException($"No assignment {assignmentSlug} in {cohortSlug}.");
        return (cohort, assignment);
    }

    /// <summary>An assignment's shared reflections and anything written on it: for learners only once its module is open.</summary>
    public async Task<(Enrolment Cohort, ReflectionAssignment Assignment)> ReadableAsync(string cohortSlug, string assignmentSlug, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await AssignmentAsync(cohortSlug, assignmentSlug, cancellationToken);
        return cohort.Role == CohortRole.Learner && !assignment.IsOpen
            ? throw new NotFoundException($"{assignmentSlug} in {cohortSlug} opens on {assignment.OpensOn}.")
            : (cohort, assignment);
    }

    /// <summary>Only the cohort's learners write reflections, and only once the module is open.</summary>
    public async Task<(Enrolment Cohort, ReflectionAssignment Assignment)> WritableAsync(string cohortSlug, string assignmentSlug, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await AssignmentAsync(cohortSlug, assignmentSlug, cancellationToken);
        if (cohort.Role != CohortRole.Learner || !assignment.IsOpen)
        {
            throw new NotFoundException($"{assignmentSlug} in {cohortSlug} is not open for writing by {currentUser.UserId}.");
        }

        return (cohort, assignment);
    }
}
