using Academy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Progress;

internal static class ProgressQueries
{
    /// <summary>A user's progress rows in the given cohorts, by cohort.</summary>
    public static async Task<ILookup<string, ProgressRow>> ProgressInAsync(
        this ICoursesData data, string userId, IReadOnlyCollection<string> cohortSlugs, CancellationToken cancellationToken) =>
        (await data.ModuleProgress
            .Where(progress => progress.UserId == userId && cohortSlugs.Contains(progress.CohortSlug))
            .Select(progress => new { progress.CohortSlug, progress.ModuleId, progress.LastOpenedAt, progress.CompletedAt })
            .ToListAsync(cancellationToken))
        .ToLookup(row => row.CohortSlug, row => new ProgressRow(row.ModuleId, row.LastOpenedAt, row.CompletedAt));
}
