namespace Academy.Discussions.Domain;

public enum ModerationAction
{
    Pin,
    Unpin,
    Lock,
    Unlock,
    Move,
    HidePost,
    UnhidePost,
    ResolveFlag,
}

/// <summary>One moderation action, kept for the cohort's audit log: who did what, when and why.</summary>
internal sealed class ModerationEntry
{
    private ModerationEntry()
    {
    }

    public ModerationEntry(string cohortSlug, int threadNumber, int? postSequence, ModerationAction action, string reason, Author moderator, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        CohortSlug = cohortSlug;
        ThreadNumber = threadNumber;
        PostSequence = postSequence;
        Action = action;
        Reason = reason;
        ModeratorId = moderator.UserId;
        ModeratorName = moderator.Name;
        At = at;
    }

    public Guid Id { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;
    public int ThreadNumber { get; private set; }
    public int? PostSequence { get; private set; }
    public ModerationAction Action { get; private set; }
    public string Reason { get; private set; } = string.Empty;
    public string ModeratorId { get; private set; } = string.Empty;
    public string ModeratorName { get; private set; } = string.Empty;
    public DateTimeOffset At { get; private set; }
}

/// <summary>A member's report that a post needs a moderator's eye; it waits in the queue until resolved.</summary>
internal sealed class PostFlag
{
    private PostFlag()
    {
    }

    public PostFlag(string cohortSlug, int threadNumber, int postSequence, Author flaggedBy, string reason, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        CohortSlug = cohortSlug;
        ThreadNumber = threadNumber;
        PostSequence = postSequence;
        FlaggedById = flaggedBy.UserId;
        FlaggedByName = flaggedBy.Name;
        Reason = reason;
        FlaggedAt = at;
    }

    public Guid Id { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;
    public int ThreadNumber { get; private set; }
    public int PostSequence { get; private set; }
    public string FlaggedById { get; private set; } = string.Empty;
    public string FlaggedByName { get; private set; } = string.Empty;
    public string Reason { get; private set; } = string.Empty;
    public DateTimeOffset FlaggedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public void Resolve(DateTimeOffset at) => ResolvedAt ??= at;
}
