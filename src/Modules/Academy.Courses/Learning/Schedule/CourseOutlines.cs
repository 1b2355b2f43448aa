using Academy.Courses.Catalogue.ListCourses;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Shared.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Courses.Learning.Schedule;

/// <summary>
/// The courses as learners' pages read them, kept in memory: each course's card, its outline and the reflection prompts of
/// its published modules. Home, the reflections' pages, the review queue and the dashboard ask for them on every visit
/// (the prompts are JSON to read), while they change only when a course is created, described or given a language, or a
/// module is published, moved or hidden. Each of those writes calls <see cref="ModuleReleaseCache.ForgetCourse"/>, whose
/// cluster event empties this memory on every instance; everything goes after <see cref="Lifetime"/> too, and when such
/// events may have been lost. Kept entries are shared between requests: nobody changes them.
/// </summary>
internal sealed class CourseOutlines(IMemoryCache cache, IClusterEvents cluster)
    : ClusterForgottenMemory(cache, cluster, Lifetime, ModuleReleaseCache.OutlineChanged)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Every course, published or not, with its outline and each published module's prompt slugs: one query when not kept.</summary>
    public async Task<CourseShelf> ShelfAsync(ICoursesData data, CancellationToken cancellationToken)
    {
        if (Find<CourseShelf>(nameof(CourseShelf)) is { } kept)
        {
            return kept;
        }

        var token = Generation;
        var courses = await data.Courses.AsNoTracking()
            .Select(course => new
            {
                Card = new CourseCard(course.Slug, course.Title, course.Summary, course.Audience, course.Hours,
                    course.Modules.Count(module => !module.IsHidden && module.PublishedRevisionNumber > 0), course.Language),
                course.Outline,
                Prompts = course.Modules
                    .Where(module => !module.IsHidden && module.PublishedRevisionNumber > 0)
                    .SelectMany(module => module.Revisions.Where(revision => revision.Number == module.PublishedRevisionNumber))
                    .Select(revision => new { revision.ModuleId, revision.ReflectionPrompts })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        var shelf = new CourseShelf(
            courses.ToDictionary(course => course.Card.Slug, course => new ShelvedCourse(course.Card, course.Outline), StringComparer.Ordinal),
            courses.SelectMany(course => course.Prompts)
                .ToDictionary(module => module.ModuleId, module => (IReadOnlyList<string>)module.ReflectionPrompts.Select(prompt => prompt.Slug).ToList()));
        Keep(nameof(CourseShelf), shelf, token);
        return shelf;
    }

    /// <summary>A course's outline and its published modules' reflection prompts; null for a course that does not exist.</summary>
    public async Task<OutlineWithReflectionPrompts?> OutlineWithReflectionPromptsAsync(ICoursesData data, string courseSlug, CancellationToken cancellationToken)
    {
        var key = (nameof(OutlineWithReflectionPrompts), courseSlug);
        if (Find<OutlineWithReflectionPrompts>(key) is { } kept)
        {
            return kept;
        }

        var token = Generation;
        var course = await data.OutlineWithReflectionPromptsAsync(courseSlug, cancellationToken);
        if (course is not null)
        {
            Keep(key, course, token);
        }

        return course;
    }
}

/// <summary>A course's card (its module count counts published, visible modules) and its outline.</summary>
internal sealed record ShelvedCourse(CourseCard Card, IReadOnlyList<OutlineEntry> Outline);

/// <summary>Every course by its address, and the reflection prompts' slugs of every published module by the module's id.</summary>
internal sealed record CourseShelf(IReadOnlyDictionary<string, ShelvedCourse> Courses, IReadOnlyDictionary<Guid, IReadOnlyList<string>> PromptSlugs);
