using MediatR;

namespace Academy.Contracts.Courses;

/// <summary>
/// A cohort's schedule for its course: each module's release date and the date its reflections are due.
/// Asked by the Cohorts module for the cohort home and its calendar feed; answered by the Courses module.
/// </summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record GetCohortSchedule(string CourseSlug, string CohortSlug, DateOnly CohortStartsOn) : IRequest<CohortSchedule>;

public sealed record CohortSchedule(string CourseSlug, string CourseTitle, IReadOnlyList<ScheduledModule> Modules);

public sealed record ScheduledModule(int Number, string Slug, string Title, int Minutes, DateOnly ReleasesOn, DateOnly ReflectionsDueOn,
    IReadOnlyList<string> ReflectionTitles, bool IsReleased);

/// <summary>
/// The discussion prompts of a course's visible modules, in course order: the Discussions module opens a
/// space per module with these as pinned starter threads. Answered by the Courses module.
/// </summary>
public sealed record GetDiscussionPrompts(string CourseSlug) : IRequest<IReadOnlyList<ModuleDiscussionPrompts>>;

public sealed record ModuleDiscussionPrompts(int Number, string ModuleSlug, string ModuleTitle, IReadOnlyList<DiscussionPromptText> Prompts);

public sealed record DiscussionPromptText(string Title, string Prompt);

/// <summary>
/// A cohort's reflection assignments: one per reflection prompt of each module, due a week after the module
/// opens unless the cohort's instructors moved the date or set a cut-off, after which
/// only an extension allows a submission. Asked by the Reflections module; answered by the Courses module.
/// </summary>
public sealed record GetReflectionAssignments(string CourseSlug, string CohortSlug, DateOnly CohortStartsOn) : IRequest<IReadOnlyList<ReflectionAssignment>>;

public sealed record ReflectionAssignment(
    int ModuleNumber, string ModuleSlug, string ModuleTitle, string Slug, string Title, string Prompt,
    IReadOnlyList<AssignmentCriterion> Rubric, DateOnly OpensOn, DateOnly DueOn, bool IsOpen,
    DateOnly? CutOffOn)
{
    public int MaxPoints => Rubric.Sum(criterion => criterion.Levels.Count == 0 ? 0 : criterion.Levels.Max(level => level.Points));
}

public sealed record AssignmentCriterion(string Criterion, string Description, IReadOnlyList<AssignmentLevel> Levels);

public sealed record AssignmentLevel(string Name, string Description, int Points);

/// <summary>
/// A cohort's instructor (or an admin) moves a reflection assignment's due date and sets or clears its cut-off;
/// the default date with no cut-off removes the cohort's own entry. Sent from the Reflections module's
/// deadlines page; answered by the Courses module, which owns the cohort's schedule.
/// </summary>
public sealed record ChangeAssignmentDeadline(string CohortSlug, string AssignmentSlug, DateOnly DueOn, DateOnly? CutOffOn) : IRequest;

/// <summary>
/// Whether the caller authors the course: admins, whoever created it in the app, and the instructors of its
/// cohorts. Asked before a cohort of the course is started; answered by the Courses module.
/// </summary>
public sealed record CanAuthorCourse(string CourseSlug) : IRequest<bool>;

/// <summary>
/// A cohort's instructor (or an admin) moves the day a module opens for the cohort; the default date (weekly from
/// the start) removes the cohort's own entry. Sent from the cohort's page; answered by the Courses module.
/// </summary>
public sealed record ChangeModuleRelease(string CohortSlug, string ModuleSlug, DateOnly ReleasesOn) : IRequest;

/// <summary>
/// The day each module of a course opens for a cohort (the cohort's own date where its instructors moved it).
/// Asked by the Discussions module, which keeps a module's space closed to learners until that day; answered by
/// the Courses module.
/// </summary>
public sealed record GetModuleReleases(string CourseSlug, string CohortSlug, DateOnly CohortStartsOn) : IRequest<ModuleReleases>;

/// <param name="OpensOn">Module slug to the day it opens.</param>
/// <param name="Today">Today as releases count it (UTC).</param>
public sealed record ModuleReleases(IReadOnlyDictionary<string, DateOnly> OpensOn, DateOnly Today)
{
    /// <summary>The day a module opens if that is still ahead; null once it is open (or for no module at all).</summary>
    public DateOnly? OpensLater(string? moduleSlug) =>
        moduleSlug is not null && OpensOn.TryGetValue(moduleSlug, out var on) && on > Today ? on : null;

    /// <summary>The modules not open yet.</summary>
    public IReadOnlyList<string> Closed => OpensOn.Where(module => module.Value > Today).Select(module => module.Key).ToList();
}
