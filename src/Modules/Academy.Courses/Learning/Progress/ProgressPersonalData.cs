using Academy.Contracts.Privacy;
using Academy.Courses.Data;
using Academy.Courses.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Learning.Progress;

/// <summary>Courses holds one thing about a learner: how far they got in each module of each cohort.</summary>
/// <remarks>Its headings are in the reader's language; the records' field names are the data's own.</remarks>
internal sealed class ProgressPersonalData(ICoursesData data, IStringLocalizer<CoursesText> t) : IPersonalDataProvider
{
    public string Area => t["Courses"];

    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(string userId, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            [t["Module progress"]] = await (
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
