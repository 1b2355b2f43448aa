using Academy.Shared.Time;

namespace Academy.Courses.Domain;

/// <summary>
/// A cohort's own release date for one module, where it differs from the default weekly schedule
/// (see <see cref="ReleaseSchedule"/>). Instructors set these; without one the default applies.
/// </summary>
internal sealed class ModuleRelease
{
    private ModuleRelease()
    {
    }

    public ModuleRelease(string cohortSlug, Guid moduleId, DateOnly releasesOn)
    {
        Id = Guid.CreateVersion7();
        CohortSlug = cohortSlug;
        ModuleId = moduleId;
        ReleasesOn = releasesOn;
    }

    public Guid Id { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;
    public Guid ModuleId { get; private set; }
    public DateOnly ReleasesOn { get; private set; }

    public void MoveTo(DateOnly releasesOn) => ReleasesOn = releasesOn;
}

/// <summary>
/// When each module of a course opens for a cohort: by default one a week from the cohort's start (module 1
/// on the start date), unless the cohort has its own date for a module. Reflections are due when the next
/// week begins.
/// </summary>
internal static class ReleaseSchedule
{
    public static DateOnly DefaultReleaseOn(DateOnly cohortStartsOn, int moduleIndex) => cohortStartsOn.AddDays(7 * moduleIndex);

    public static DateOnly ReleaseOn(DateOnly cohortStartsOn, int moduleIndex, DateOnly? cohortOwnDate) =>
        cohortOwnDate ?? DefaultReleaseOn(cohortStartsOn, moduleIndex);

    public static DateOnly ReflectionsDueOn(DateOnly releasesOn) => releasesOn.AddDays(7);

    /// <summary>Released when the release day has begun in the cohort's zone: the same instant for all its members, wherever they are.</summary>
    public static bool IsReleased(DateOnly releasesOn, DateTimeOffset now, string cohortTimeZone) => ZonedTime.Today(now, cohortTimeZone) >= releasesOn;
}

/// <summary>
/// A cohort's own dates for one reflection assignment, where they differ from the default (due a week after
/// the module opens, no cut-off). After the cut-off only a learner's extension allows a submission.
/// </summary>
internal sealed class AssignmentDeadline
{
    private AssignmentDeadline()
    {
    }

    public AssignmentDeadline(string cohortSlug, string assignmentSlug, DateOnly dueOn, DateOnly? cutOffOn)
    {
        Id = Guid.CreateVersion7();
        CohortSlug = cohortSlug;
        AssignmentSlug = assignmentSlug;
        Change(dueOn, cutOffOn);
    }

    public Guid Id { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;
    public string AssignmentSlug { get; private set; } = string.Empty;
    public DateOnly DueOn { get; private set; }
    public DateOnly? CutOffOn { get; private set; }

    public void Change(DateOnly dueOn, DateOnly? cutOffOn)
    {
        DueOn = dueOn;
        CutOffOn = cutOffOn;
    }
}
