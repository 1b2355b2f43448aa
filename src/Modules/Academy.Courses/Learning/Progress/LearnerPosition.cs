using Academy.Contracts.Cohorts;
using Academy.Courses.Domain;

namespace Academy.Courses.Learning.Progress;

/// <summary>Where a module stands for a learner in one cohort.</summary>
public enum ModuleStatus
{
    NotStarted,
    InProgress,
    Completed,
}

/// <summary>
/// The one place that turns a course outline, a cohort's schedule and a learner's progress rows into
/// statuses, counts and "what next", so the course home, the module page and "my learning" always agree.
/// Counts only modules in the outline, so a module taken out of the course never leaves a count stuck.
/// </summary>
internal sealed class LearnerPosition
{
    private readonly Dictionary<Guid, ProgressRow> progress;

    public LearnerPosition(IReadOnlyList<OutlineEntry> outline, Enrolment? enrolment, IEnumerable<ProgressRow> progressRows,
        IReadOnlyDictionary<Guid, DateOnly> ownReleaseDates, DateTimeOffset now)
    {
        progress = progressRows.ToDictionary(row => row.ModuleId);
        Modules = outline.Select((entry, index) =>
        {
            DateOnly? releasesOn = enrolment is null
                ? null
                : ReleaseSchedule.ReleaseOn(enrolment.StartsOn, index, ownReleaseDates.TryGetValue(entry.ModuleId, out var own) ? own : null);
            var row = progress.GetValueOrDefault(entry.ModuleId);
            var status = row is null ? ModuleStatus.NotStarted : row.CompletedAt is null ? ModuleStatus.InProgress : ModuleStatus.Completed;
            return new PositionedModule(index + 1, entry, releasesOn, releasesOn is null || ReleaseSchedule.IsReleased(releasesOn.Value, now, enrolment!.TimeZone),
                status, row?.LastOpenedAt);
        }).ToList();
    }

    public IReadOnlyList<PositionedModule> Modules { get; }

    public int Completed => Modules.Count(module => module.Status == ModuleStatus.Completed);

    public int Total => Modules.Count;

    /// <summary>
    /// Where to continue: the module last opened and not finished, else the first released module not yet
    /// completed; null when everything released is done.
    /// </summary>
    public PositionedModule? Next =>
        Modules.Where(module => module.Status == ModuleStatus.InProgress && module.IsReleased).MaxBy(module => module.LastOpenedAt)
        ?? Modules.FirstOrDefault(module => module.Status != ModuleStatus.Completed && module.IsReleased);

    /// <summary>The next module to open after today, if any.</summary>
    public PositionedModule? NextRelease => Modules.FirstOrDefault(module => !module.IsReleased);
}

internal sealed record ProgressRow(Guid ModuleId, DateTimeOffset LastOpenedAt, DateTimeOffset? CompletedAt);

internal sealed record PositionedModule(int Number, OutlineEntry Entry, DateOnly? ReleasesOn, bool IsReleased, ModuleStatus Status, DateTimeOffset? LastOpenedAt);
