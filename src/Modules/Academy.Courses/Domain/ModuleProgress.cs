namespace Academy.Courses.Domain;

/// <summary>
/// One learner's progress through one module within one enrolment (cohort): a learner in two cohorts of the
/// same course has two independent records. Opening a module starts it; completing is explicit and undoable;
/// opening a completed module again keeps it completed.
/// </summary>
internal sealed class ModuleProgress
{
    /// <summary>Opening a module again within this time does not touch the row: reading stays a read.</summary>
    public static readonly TimeSpan VisitGranularity = TimeSpan.FromMinutes(5);

    private ModuleProgress()
    {
    }

    public ModuleProgress(string cohortSlug, string userId, Guid moduleId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CohortSlug = cohortSlug;
        UserId = userId;
        ModuleId = moduleId;
        FirstOpenedAt = now;
        LastOpenedAt = now;
    }

    public Guid Id { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;
    public string UserId { get; private set; } = string.Empty;
    public Guid ModuleId { get; private set; }
    public DateTimeOffset FirstOpenedAt { get; private set; }
    public DateTimeOffset LastOpenedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    /// <summary>Records a visit; returns false when the previous one is recent enough that nothing needs saving.</summary>
    public bool Open(DateTimeOffset now)
    {
        if (now - LastOpenedAt < VisitGranularity)
        {
            return false;
        }

        LastOpenedAt = now;
        return true;
    }

    public void Complete(DateTimeOffset now)
    {
        LastOpenedAt = now;
        CompletedAt ??= now;
    }

    public void Reopen() => CompletedAt = null;
}
