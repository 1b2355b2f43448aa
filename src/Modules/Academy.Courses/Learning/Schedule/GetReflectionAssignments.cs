using Academy.Contracts.Courses;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Schedule;

internal sealed class GetReflectionAssignmentsHandler(ICoursesData data, TimeProvider clock)
    : IRequestHandler<GetReflectionAssignments, IReadOnlyList<ReflectionAssignment>>
{
    public async Task<IReadOnlyList<ReflectionAssignment>> Handle(GetReflectionAssignments request, CancellationToken cancellationToken)
    {
        var outline = (await data.OutlineAsync(request.CourseSlug, cancellationToken))?.Outline ?? [];
        var prompts = await data.PublishedRevisionsOf(outline)
            .Select(revision => new { revision.ModuleId, revision.ReflectionPrompts })
            .ToDictionaryAsync(row => row.ModuleId, row => row.ReflectionPrompts, cancellationToken);
        var ownDates = await data.OwnReleaseDatesOfAsync(request.CohortSlug, cancellationToken);
        var now = clock.GetUtcNow();

        return outline.SelectMany((entry, index) =>
            {
                var opensOn = ReleaseSchedule.ReleaseOn(request.CohortStartsOn, index, ownDates.TryGetValue(entry.ModuleId, out var own) ? own : null);
                return (prompts.GetValueOrDefault(entry.ModuleId) ?? []).Select(prompt => new ReflectionAssignment(
                    index + 1, entry.Slug, entry.Title, prompt.Slug, prompt.Title, prompt.Prompt,
                    prompt.Rubric.Select(criterion => new AssignmentCriterion(criterion.Criterion, criterion.Description,
                        criterion.Levels.OrderBy(level => level.Points).Select(level => new AssignmentLevel(level.Name, level.Description, level.Points)).ToList())).ToList(),
                    opensOn, ReleaseSchedule.ReflectionsDueOn(opensOn), ReleaseSchedule.IsReleased(opensOn, now)));
            })
            .ToList();
    }
}
