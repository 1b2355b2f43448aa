using System.Collections.ObjectModel;
using Academy.Contracts.Teaching;
using Academy.Courses.Data;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Courses.Learning.Progress;

/// <summary>
/// The funnel and each learner's last visit, counted and aggregated in the database in one command, and kept for
/// <see cref="EngagementFigures.KeptFor"/> as the other modules keep their figures: the aggregates read every visit of the
/// cohort, and a funnel is as true a minute later.
/// </summary>
internal sealed class GetLearningProgressHandler(ICoursesData data, CourseOutlines outlines, IMediator mediator, ICurrentUser currentUser, IMemoryCache memory)
    : IRequestHandler<GetLearningProgress, LearningProgress>
{
    public async Task<LearningProgress> Handle(GetLearningProgress request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);

        var course = await outlines.OutlineWithReflectionPromptsAsync(data, cohort.CourseSlug, cancellationToken);
        var outline = course?.Outline ?? [];
        var cohortSlug = cohort.CohortSlug;
        var keptAs = new KeptFigures(cohortSlug);
        if (!memory.TryGetValue(keptAs, out IReadOnlyList<FigureRow>? figures) || figures is null)
        {
            var progress = data.ModuleProgress.Where(p => p.CohortSlug == cohortSlug);
            figures = await progress
                .GroupBy(p => p.ModuleId)
                .Select(g => new FigureRow
                {
                    PerModule = true, ModuleId = g.Key, UserId = string.Empty, Count = g.Count(), Completed = g.Count(p => p.CompletedAt != null), Last = g.Max(p => p.LastOpenedAt),
                })
                .Concat(progress
                    .GroupBy(p => p.UserId)
                    .Select(g => new FigureRow
                    {
                        PerModule = false, ModuleId = Guid.Empty, UserId = g.Key, Count = g.Count(), Completed = g.Count(p => p.CompletedAt != null), Last = g.Max(p => p.LastOpenedAt),
                    }))
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            memory.Set(keptAs, figures, EngagementFigures.KeptFor);
        }

        var perModule = figures.Where(f => f.PerModule).ToDictionary(f => f.ModuleId);
        return new LearningProgress(
            outline.Select((entry, index) => new ModuleFunnelStep(index + 1, entry.Title,
                perModule.GetValueOrDefault(entry.ModuleId)?.Count ?? 0, perModule.GetValueOrDefault(entry.ModuleId)?.Completed ?? 0)).ToList(),
            request.WithLastActivity ? figures.Where(f => !f.PerModule).ToDictionary(f => f.UserId, f => f.Last) : ReadOnlyDictionary<string, DateTimeOffset>.Empty,
            course?.Language ?? Academy.Shared.Localization.AcademyCultures.English);
    }

    /// <summary>A cohort's funnel and its learners' last visits.</summary>
    private sealed record KeptFigures(string CohortSlug);

    /// <summary>Opened and completed counts, and the latest visit, per module or per learner (<see cref="PerModule"/>).</summary>
    private sealed class FigureRow
    {
        public bool PerModule { get; init; }
        public Guid ModuleId { get; init; }
        public string UserId { get; init; } = string.Empty;
        public int Count { get; init; }
        public int Completed { get; init; }
        public DateTimeOffset Last { get; init; }
    }
}
