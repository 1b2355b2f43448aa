using System.Linq.Expressions;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Courses.Learning.Schedule;
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

    /// <summary>
    /// A user's progress rows in the given cohorts and those cohorts' own release dates and deadlines, in one command
    /// (one list of rows of three kinds). The deadlines come second: PostgreSQL takes each column's type from the first
    /// two parts that have one, and between them progress and deadlines have every column.
    /// </summary>
    public static async Task<ProgressAndDates> OwnRowsAsync(
        this ICoursesData data, string userId, IReadOnlyCollection<string> cohortSlugs, CancellationToken cancellationToken)
    {
        var rows = await data.OwnRows(userId, cohortSlugs.ToArray()).ToListAsync(cancellationToken);
        var progress = rows.Where(row => row.LastOpenedAt is not null)
            .ToLookup(row => row.CohortSlug, row => new ProgressRow(row.ModuleId!.Value, row.LastOpenedAt!.Value, row.CompletedAt));
        var dates = cohortSlugs.Distinct().ToDictionary(slug => slug, slug => new CohortOwnDates(
            rows.Where(row => row.CohortSlug == slug && row.LastOpenedAt is null && row.ModuleId is not null).ToDictionary(row => row.ModuleId!.Value, row => row.On!.Value),
            rows.Where(row => row.CohortSlug == slug && row.AssignmentSlug is not null).ToDictionary(row => row.AssignmentSlug!, row => (row.On!.Value, row.CutOffOn))));
        return new ProgressAndDates(progress, dates);
    }

    /// <summary>
    /// The rows of <see cref="OwnRowsAsync"/>. The home page of everyone signed in reads them, so this is compiled once
    /// for the app (<see cref="Data.CoursesQueries"/>).
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string[], IQueryable<OwnRow>>> OwnRowsQuery =
        (context, userId, cohortSlugs) =>
            context.Set<ModuleProgress>()
                .Where(progress => progress.UserId == userId && cohortSlugs.Contains(progress.CohortSlug))
                .Select(progress => new OwnRow
                {
                    CohortSlug = progress.CohortSlug, ModuleId = progress.ModuleId, AssignmentSlug = null, On = null, CutOffOn = null,
                    LastOpenedAt = progress.LastOpenedAt, CompletedAt = progress.CompletedAt,
                })
                .Concat(context.Set<AssignmentDeadline>()
                    .Where(deadline => cohortSlugs.Contains(deadline.CohortSlug))
                    .Select(deadline => new OwnRow
                    {
                        CohortSlug = deadline.CohortSlug, ModuleId = null, AssignmentSlug = deadline.AssignmentSlug, On = deadline.DueOn, CutOffOn = deadline.CutOffOn,
                        LastOpenedAt = null, CompletedAt = null,
                    }))
                .Concat(context.Set<ModuleRelease>()
                    .Where(release => cohortSlugs.Contains(release.CohortSlug))
                    .Select(release => new OwnRow
                    {
                        CohortSlug = release.CohortSlug, ModuleId = release.ModuleId, AssignmentSlug = null, On = release.ReleasesOn, CutOffOn = null,
                        LastOpenedAt = null, CompletedAt = null,
                    }));

    /// <summary>A progress row (with <see cref="LastOpenedAt"/>), a module's own release date, or an assignment's own deadline.</summary>
    internal sealed class OwnRow
    {
        public string CohortSlug { get; init; } = string.Empty;
        public Guid? ModuleId { get; init; }
        public string? AssignmentSlug { get; init; }
        public DateOnly? On { get; init; }
        public DateOnly? CutOffOn { get; init; }
        public DateTimeOffset? LastOpenedAt { get; init; }
        public DateTimeOffset? CompletedAt { get; init; }
    }
}

/// <summary>A user's progress by cohort, and each cohort's own dates.</summary>
internal sealed record ProgressAndDates(ILookup<string, ProgressRow> Progress, Dictionary<string, CohortOwnDates> Dates);
