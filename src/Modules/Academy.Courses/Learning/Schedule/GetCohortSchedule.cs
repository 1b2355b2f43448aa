using Academy.Contracts.Courses;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Schedule;

/// <summary>
/// Answers <see cref="GetCohortSchedule"/>. Open to anonymous callers because a calendar app subscribed to a
/// cohort's feed signs in with a token the Cohorts module checks first; a schedule reveals no more than the
/// public course outline and dates.
/// </summary>
internal sealed class GetCohortScheduleHandler(ICoursesData data, CourseOutlines outlines, CohortOwnDatesMemory cohortDates, TimeProvider clock) : IRequestHandler<GetCohortSchedule, CohortSchedule>
{
    public async Task<CohortSchedule> Handle(GetCohortSchedule request, CancellationToken cancellationToken)
    {
        var course = await outlines.OutlineWithReflectionPromptsAsync(data, request.CourseSlug, cancellationToken)
            ?? throw new NotFoundException($"Course {request.CourseSlug} does not exist.");
        var ownDates = await cohortDates.OfAsync(data, request.CohortSlug, cancellationToken);

        var now = clock.GetUtcNow();
        var modules = course.Outline.Select((entry, index) =>
        {
            var releasesOn = ownDates.ReleaseOn(request.CohortStartsOn, index, entry.ModuleId);
            var prompts = course.PromptsOf(entry.ModuleId);
            var dueOn = ownDates.ReflectionsDueOn(prompts.Select(prompt => prompt.Slug), releasesOn) ?? ReleaseSchedule.ReflectionsDueOn(releasesOn);
            return new ScheduledModule(index + 1, entry.Slug, entry.Title, entry.Minutes, releasesOn, dueOn,
                prompts.Select(prompt => prompt.Title).ToList(), ReleaseSchedule.IsReleased(releasesOn, now, request.CohortTimeZone), course.ChangedAt(entry.ModuleId));
        }).ToList();

        return new CohortSchedule(request.CourseSlug, course.Title, course.Language, modules);
    }
}
