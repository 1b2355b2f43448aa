using Academy.Contracts.Privacy;
using Academy.Courses.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Progress;

/// <summary>Courses holds one thing about a learner: how far they got in each module of each cohort.</summary>
internal sealed class ProgressPersonalData(ICoursesData data) : IPersonalDataProvider
{
    public string Area => "Courses";

    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(string userId, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["Module progress"] = await (
                    from progress in data.ModuleProgress
                    where progress.UserId == userId
                    join module in data.CourseModules on progress.ModuleId equals module.Id
                    orderby progress.CohortSlug, module.Position
                    select new { Cohort = progress.CohortSlug, Module = module.Slug, progress.FirstOpenedAt, progress.LastOpenedAt, progress.CompletedAt })
                .ToListAsync(cancellationToken),
        };

    public Task EraseAsync(string userId, CancellationToken cancellationToken) =>
        data.ModuleProgress.Where(progress => progress.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
