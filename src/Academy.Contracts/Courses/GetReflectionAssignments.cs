using MediatR;

namespace Academy.Contracts.Courses;

/// <summary>
/// A cohort's reflection assignments: one per reflection prompt of each module, due a week after the module
/// opens unless the cohort's instructors moved the date or set a cut-off, after which
/// only an extension allows a submission. Asked by the Reflections module; answered by the Courses module.
/// </summary>
[Academy.Contracts.Access.AllowBackgroundJob] // the reminders of reflections due soon
public sealed record GetReflectionAssignments(string CourseSlug, string CohortSlug, DateOnly CohortStartsOn, string CohortTimeZone) : IRequest<IReadOnlyList<ReflectionAssignment>>;

/// <param name="Language">The language of the course's content (titles, prompt, rubric): the <c>lang</c> of the elements that show them.</param>
public sealed record ReflectionAssignment(
    int ModuleNumber, string ModuleSlug, string ModuleTitle, string Slug, string Title, string Prompt,
    IReadOnlyList<AssignmentCriterion> Rubric, DateOnly OpensOn, DateOnly DueOn, bool IsOpen,
    DateOnly? CutOffOn, string Language)
{
    public int MaxPoints => Rubric.Sum(criterion => criterion.Levels.Count == 0 ? 0 : criterion.Levels.Max(level => level.Points));
}

public sealed record AssignmentCriterion(string Criterion, string Description, IReadOnlyList<AssignmentLevel> Levels);

public sealed record AssignmentLevel(string Name, string Description, int Points);
