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
        var course = await data.Courses.AsNoTracking()
            .Where(c => c.Slug == request.CourseSlug)
            .Select(c => new { c.Id, c.Title, c.Outline })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Course {request.CourseSlug} does not exist.");

        var moduleIds = course.Outline.Select(entry => entry.ModuleId).ToList();
        var reflections = await (
                from module in data.CourseModules
                where moduleIds.Contains(module.Id)
                join revision in data.ModuleRevisions
                    on new { module.Id, Number = module.PublishedRevisionNumber } equals new { Id = revision.ModuleId, revision.Number }
                select new { module.Id, revision.ReflectionPrompts })
            .AsNoTracking()
            .ToDictionaryAsync(row => row.Id, row => row.ReflectionPrompts.Select(prompt => prompt.Title).ToList(), cancellationToken);
        var ownDates = await data.ModuleReleases
            .Where(release => release.CohortSlug == request.CohortSlug)
            .ToDictionaryAsync(release => release.ModuleId, release => release.ReleasesOn, cancellationToken);

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
