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
internal sealed class GetCohortScheduleHandler(ICoursesData data, TimeProvider clock) : IRequestHandler<GetCohortSchedule, CohortSchedule>
{
    public async Task<CohortSchedule> Handle(GetCohortSchedule request, CancellationToken cancellationToken)
    {
        var course = await data.OutlineAsync(request.CourseSlug, cancellationToken)
            ?? throw new NotFoundException($"Course {request.CourseSlug} does not exist.");
        var reflections = await data.PublishedRevisionsOf(course.Outline)
            .Select(revision => new { revision.ModuleId, revision.ReflectionPrompts })
            .ToDictionaryAsync(row => row.ModuleId, row => row.ReflectionPrompts.Select(prompt => prompt.Title).ToList(), cancellationToken);
        var ownDates = await data.OwnReleaseDatesOfAsync(request.CohortSlug, cancellationToken);

        var now = clock.GetUtcNow();
        var modules = course.Outline.Select((entry, index) =>
        {
            var releasesOn = ReleaseSchedule.ReleaseOn(request.CohortStartsOn, index, ownDates.TryGetValue(entry.ModuleId, out var own) ? own : null);
            return new ScheduledModule(index + 1, entry.Slug, entry.Title, entry.Minutes, releasesOn, ReleaseSchedule.ReflectionsDueOn(releasesOn),
                reflections.GetValueOrDefault(entry.ModuleId) ?? [], ReleaseSchedule.IsReleased(releasesOn, now));
        }).ToList();

        return new CohortSchedule(request.CourseSlug, course.Title, modules);
    }
}
