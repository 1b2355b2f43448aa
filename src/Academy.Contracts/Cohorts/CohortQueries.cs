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

/// <summary>A cohort the current user may see, by slug (members, instructors, admins); null otherwise. Answered by the Cohorts module.</summary>
public sealed record FindCohort(string CohortSlug) : IRequest<Enrolment?>;

/// <summary>A user changed the name others see; modules that copied it update their copies.</summary>
public sealed record MemberRenamed(string UserId, string DisplayName) : INotification;

/// <summary>The members of a cohort (learners and instructors), for mentions and suggestions. Answered by the Cohorts module for members of the cohort.</summary>
public sealed record GetCohortMembers(string CohortSlug) : IRequest<IReadOnlyList<CohortMemberName>>;

public sealed record CohortMemberName(string UserId, string DisplayName, CohortRole Role);

/// <summary>
/// Something happened that these members should hear about in their notifications: published by the module
/// where it happened, stored by the Cohorts module. The actor is never among the recipients.
/// </summary>
public sealed record MembersNotified(IReadOnlyList<string> UserIds, string ActorId, string ActorName, string Text, string Url) : INotification;
