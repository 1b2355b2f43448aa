using Academy.Courses.Data;
using Academy.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Demo;

/// <summary>A learner's reading of one module in the demo: opened, last read, and completed if they marked it so.</summary>
public sealed record DemoProgress(string UserId, string ModuleSlug, DateTimeOffset OpenedAt, DateTimeOffset LastReadAt, DateTimeOffset? CompletedAt = null);

/// <summary>Writes a demo cohort's reading progress once. Used in Development only.</summary>
public interface IDemoProgressSeeder
{
    /// <summary>False when anyone of the cohort has opened a module already (nothing is written then).</summary>
    Task<bool> SeedAsync(string cohortSlug, string courseSlug, IReadOnlyList<DemoProgress> progress, CancellationToken cancellationToken);
}

internal sealed class DemoProgressSeeder(ICoursesData data) : IDemoProgressSeeder
{
    public async Task<bool> SeedAsync(string cohortSlug, string courseSlug, IReadOnlyList<DemoProgress> progress, CancellationToken cancellationToken)
    {
        if (await data.ModuleProgress.AnyAsync(p => p.CohortSlug == cohortSlug, cancellationToken))
        {
            return false;
        }

        var modules = await (
                from course in data.Courses
                where course.Slug == courseSlug
                join module in data.CourseModules on course.Id equals module.CourseId
                select new { module.Slug, module.Id })
            .ToDictionaryAsync(module => module.Slug, module => module.Id, cancellationToken);
        foreach (var demo in progress)
        {
            var reading = new ModuleProgress(cohortSlug, demo.UserId, modules[demo.ModuleSlug], demo.OpenedAt);
            reading.Open(demo.LastReadAt);
            if (demo.CompletedAt is { } completedAt)
            {
                reading.Complete(completedAt);
            }

            data.ModuleProgress.Add(reading);
        }

        await data.SaveChangesAsync(cancellationToken);
        return true;
    }
}
