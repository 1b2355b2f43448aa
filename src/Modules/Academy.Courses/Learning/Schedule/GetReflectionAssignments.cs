using Academy.Contracts.Courses;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Schedule;

internal sealed class GetReflectionAssignmentsHandler(ICoursesData data, CourseOutlines outlines, CohortOwnDatesMemory cohortDates, TimeProvider clock)
    : IRequestHandler<GetReflectionAssignments, IReadOnlyList<ReflectionAssignment>>
{
    public async Task<IReadOnlyList<ReflectionAssignment>> Handle(GetReflectionAssignments request, CancellationToken cancellationToken)
    {
        var course = await outlines.OutlineWithReflectionPromptsAsync(data, request.CourseSlug, cancellationToken);
        if (course is null)
        {
            return [];
        }

        var ownDates = await cohortDates.OfAsync(data, request.CohortSlug, cancellationToken);
        var now = clock.GetUtcNow();
        return course.Outline.SelectMany((entry, index) =>
            {
                var opensOn = ownDates.ReleaseOn(request.CohortStartsOn, index, entry.ModuleId);
                return course.PromptsOf(entry.ModuleId).Select(prompt =>
                {
                    var (dueOn, cutOffOn) = ownDates.DeadlineOf(prompt.Slug, opensOn);
                    return new ReflectionAssignment(
                        index + 1, entry.Slug, entry.Title, prompt.Slug, prompt.Title, prompt.Prompt,
                        prompt.Rubric.Select(criterion => new AssignmentCriterion(criterion.Criterion, criterion.Description,
                            criterion.Levels.OrderBy(level => level.Points).Select(level => new AssignmentLevel(level.Name, level.Description, level.Points)).ToList())).ToList(),
                        opensOn, dueOn, ReleaseSchedule.IsReleased(opensOn, now, request.CohortTimeZone), cutOffOn, course.Language);
                });
            })
            .ToList();
    }
}
