using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>The cohorts the current user belongs to, as learner or instructor. Answered by the Cohorts module.</summary>
public sealed record GetMyEnrolments : IRequest<IReadOnlyList<Enrolment>>;

public sealed record Enrolment(string CohortSlug, string CohortName, string CourseSlug, DateOnly StartsOn, CohortRole Role);

public enum CohortRole
{
    Learner = 0,
    Instructor = 1,
}

/// <summary>
/// Whether the current user may read a course's member-only content: an admin always, otherwise a member
/// (learner or instructor) of one of the course's cohorts. Answered by the Cohorts module.
/// </summary>
public sealed record HasCourseAccess(string CourseSlug) : IRequest<bool>;

/// <summary>A user changed the name others see; modules that copied it update their copies.</summary>
public sealed record MemberRenamed(string UserId, string DisplayName) : MediatR.INotification;
