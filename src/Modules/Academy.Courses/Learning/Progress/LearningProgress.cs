using Academy.Contracts.Cohorts;
using Academy.Contracts.Teaching;
using Academy.Courses.Data;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Progress;

internal sealed class GetLearningProgressHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetLearningProgress, LearningProgress>
{
    public async Task<LearningProgress> Handle(GetLearningProgress request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);

        var course = await data.OutlineAsync(cohort.CourseSlug, cancellationToken);
        var outline = course?.Outline ?? [];
        var progress = await data.ModuleProgress.AsNoTracking()
            .Where(p => p.CohortSlug == cohort.CohortSlug)
            .Select(p => new { p.UserId, p.ModuleId, p.LastOpenedAt, Completed = p.CompletedAt != null })
            .ToListAsync(cancellationToken);
        return new LearningProgress(
            outline.Select((entry, index) => new ModuleFunnelStep(index + 1, entry.Title,
                progress.Count(p => p.ModuleId == entry.ModuleId), progress.Count(p => p.ModuleId == entry.ModuleId && p.Completed))).ToList(),
            progress.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Max(p => p.LastOpenedAt)),
            course?.Language ?? Academy.Shared.Localization.AcademyCultures.English);
    }
}
