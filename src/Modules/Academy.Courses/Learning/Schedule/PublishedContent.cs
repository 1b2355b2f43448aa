using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Courses.Learning.Progress;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Schedule;

/// <summary>The course as learners see it: its outline, the published revisions of its modules, a cohort's own release dates.</summary>
internal static class PublishedContent
{
    public static Task<OutlineOfCourse?> OutlineAsync(this ICoursesData data, string courseSlug, CancellationToken cancellationToken) =>
        data.Courses.AsNoTracking()
            .Where(course => course.Slug == courseSlug)
            .Select(course => new OutlineOfCourse(course.Title, course.Outline))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The published revision of each module in the outline; project only what is needed.</summary>
    public static IQueryable<ModuleRevision> PublishedRevisionsOf(this ICoursesData data, IEnumerable<OutlineEntry> outline)
    {
        var moduleIds = outline.Select(entry => entry.ModuleId).ToList();
        return (from module in data.CourseModules
                where moduleIds.Contains(module.Id)
                join revision in data.ModuleRevisions
                    on new { module.Id, Number = module.PublishedRevisionNumber } equals new { Id = revision.ModuleId, revision.Number }
                select revision)
            .AsNoTracking();
    }

    public static async Task<Dictionary<Guid, DateOnly>> OwnReleaseDatesOfAsync(this ICoursesData data, string cohortSlug, CancellationToken cancellationToken) =>
        (await data.OwnReleaseDatesAsync([cohortSlug], cancellationToken)).GetValueOrDefault(cohortSlug) ?? [];
}

internal sealed record OutlineOfCourse(string Title, List<OutlineEntry> Outline);
