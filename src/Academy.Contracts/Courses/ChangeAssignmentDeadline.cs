using MediatR;

namespace Academy.Contracts.Courses;

/// <summary>
/// A cohort's instructor (or an admin) moves a reflection assignment's due date and sets or clears its cut-off;
/// the default date with no cut-off removes the cohort's own entry. Sent from the Reflections module's
/// deadlines page; answered by the Courses module, which owns the cohort's schedule.
/// </summary>
public sealed record ChangeAssignmentDeadline(string CohortSlug, string AssignmentSlug, DateOnly DueOn, DateOnly? CutOffOn) : IRequest;
