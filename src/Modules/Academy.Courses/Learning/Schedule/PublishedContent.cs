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
            .Select(course => new OutlineOfCourse(course.Title, course.Language, course.Outline))
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

    /// <summary>The outline and the reflection prompts of its published modules, in one query.</summary>
    public static Task<OutlineWithReflectionPrompts?> OutlineWithReflectionPromptsAsync(this ICoursesData data, string courseSlug, CancellationToken cancellationToken) =>
        data.Courses.AsNoTracking()
            .Where(course => course.Slug == courseSlug)
            .Select(course => new OutlineWithReflectionPrompts(course.Title, course.Language, course.UpdatedAt, course.Outline, course.Modules
                .Where(module => !module.IsHidden && module.PublishedRevisionNumber > 0)
                .SelectMany(module => module.Revisions.Where(revision => revision.Number == module.PublishedRevisionNumber))
                .Select(revision => new ModuleReflectionPrompts(revision.ModuleId, revision.ReflectionPrompts, revision.CreatedAt))
                .ToList()))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>A cohort's own module release dates and assignment deadlines, in one round trip.</summary>
    public static async Task<CohortOwnDates> OwnDatesOfAsync(this ICoursesData data, string cohortSlug, CancellationToken cancellationToken) =>
        (await data.OwnDatesOfAsync([cohortSlug], cancellationToken))[cohortSlug];

    /// <summary>Several cohorts' own module release dates and assignment deadlines, in one round trip.</summary>
    public static async Task<Dictionary<string, CohortOwnDates>> OwnDatesOfAsync(this ICoursesData data, IReadOnlyCollection<string> cohortSlugs,
        CancellationToken cancellationToken)
    {
        var rows = await data.ModuleReleases
            .Where(release => cohortSlugs.Contains(release.CohortSlug))
            .Select(release => new OwnDateRow { CohortSlug = release.CohortSlug, ModuleId = release.ModuleId, AssignmentSlug = null, On = release.ReleasesOn, CutOffOn = null })
            .Concat(data.AssignmentDeadlines
                .Where(deadline => cohortSlugs.Contains(deadline.CohortSlug))
                .Select(deadline => new OwnDateRow
                {
                    CohortSlug = deadline.CohortSlug, ModuleId = null, AssignmentSlug = deadline.AssignmentSlug, On = deadline.DueOn, CutOffOn = deadline.CutOffOn,
                }))
            .ToListAsync(cancellationToken);
        return cohortSlugs.Distinct().ToDictionary(slug => slug, slug => new CohortOwnDates(
            rows.Where(row => row.CohortSlug == slug && row.ModuleId is not null).ToDictionary(row => row.ModuleId!.Value, row => row.On),
            rows.Where(row => row.CohortSlug == slug && row.AssignmentSlug is not null).ToDictionary(row => row.AssignmentSlug!, row => (row.On, row.CutOffOn))));
    }

    private sealed class OwnDateRow
    {
        public string CohortSlug { get; init; } = string.Empty;
        public Guid? ModuleId { get; init; }
        public string? AssignmentSlug { get; init; }
        public DateOnly On { get; init; }
        public DateOnly? CutOffOn { get; init; }
    }
}

internal sealed record OutlineOfCourse(string Title, string Language, List<OutlineEntry> Outline);

internal sealed record OutlineWithReflectionPrompts(string Title, string Language, DateTimeOffset DescribedAt, List<OutlineEntry> Outline, List<ModuleReflectionPrompts> Prompts)
{
    public List<ReflectionPrompt> PromptsOf(Guid moduleId) => Prompts.FirstOrDefault(module => module.ModuleId == moduleId)?.ReflectionPrompts ?? [];

    /// <summary>When the module's published revision or the course's description last changed, whichever is later.</summary>
    public DateTimeOffset ChangedAt(Guid moduleId) =>
        Prompts.FirstOrDefault(module => module.ModuleId == moduleId)?.PublishedAt is { } publishedAt && publishedAt > DescribedAt ? publishedAt : DescribedAt;
}

internal sealed record ModuleReflectionPrompts(Guid ModuleId, List<ReflectionPrompt> ReflectionPrompts, DateTimeOffset PublishedAt);

/// <summary>Where a cohort departs from the default schedule: module release dates, and assignments' due dates and cut-offs.</summary>
internal sealed record CohortOwnDates(Dictionary<Guid, DateOnly> Releases, Dictionary<string, (DateOnly DueOn, DateOnly? CutOffOn)> Deadlines)
{
    public DateOnly ReleaseOn(DateOnly cohortStartsOn, int moduleIndex, Guid moduleId) =>
        ReleaseSchedule.ReleaseOn(cohortStartsOn, moduleIndex, Releases.TryGetValue(moduleId, out var own) ? own : null);

    public (DateOnly DueOn, DateOnly? CutOffOn) DeadlineOf(string assignmentSlug, DateOnly releasesOn) =>
        Deadlines.TryGetValue(assignmentSlug, out var own) ? own : (ReleaseSchedule.ReflectionsDueOn(releasesOn), null);

    /// <summary>When a module's reflections are due: the latest of its assignments' dates (moved ones included); null without reflections.</summary>
    public DateOnly? ReflectionsDueOn(IEnumerable<string> assignmentSlugs, DateOnly releasesOn) =>
        assignmentSlugs.Select(slug => (DateOnly?)DeadlineOf(slug, releasesOn).DueOn).Max();
}
