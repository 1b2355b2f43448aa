using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>
/// What the current user may do with a course's member-only content: their enrolments in the course's
/// cohorts (newest first), and whether they see everything, released or not (admins, and instructors of a
/// cohort of the course). Answered by the Cohorts module.
/// </summary>
public sealed record GetCourseAccess(string CourseSlug) : IRequest<CourseAccess>;

public sealed record CourseAccess(bool SeesEverything, IReadOnlyList<Enrolment> Enrolments)
{
    public bool CanRead => SeesEverything || Enrolments.Count > 0;

    /// <summary>The enrolment a page works in: the one named, else the newest.</summary>
    public Enrolment? Choose(string? cohortSlug) =>
        Enrolments.FirstOrDefault(enrolment => enrolment.CohortSlug == cohortSlug) ?? Enrolments.FirstOrDefault();
}
