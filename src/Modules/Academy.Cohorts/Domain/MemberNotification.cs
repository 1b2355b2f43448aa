using Academy.Contracts.Cohorts;

namespace Academy.Cohorts.Domain;

/// <summary>One line in a member's notifications: who did what, and where to see it.</summary>
internal sealed class MemberNotification
{
    public const int MaximumOnceKeyLength = 200;

    private MemberNotification()
    {
    }

    public MemberNotification(string userId, string actorName, string text, string url, DateTimeOffset createdAt,
        NotificationKind kind, string? cohortSlug = null, string? onceKey = null)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        ActorName = actorName;
        Text = text;
        Url = url;
        CreatedAt = createdAt;
        Kind = kind;
        CohortSlug = cohortSlug;
        OnceKey = onceKey;
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public string ActorName { get; private set; } = string.Empty;
    public string Text { get; private set; } = string.Empty;
    public string Url { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>What it is about: the member's e-mail choice for this kind says whether it is also e-mailed, and when.</summary>
    public NotificationKind Kind { get; private set; }

    /// <summary>The cohort it concerns, if any: only the cohort's members are e-mailed about it (in the digest too).</summary>
    public string? CohortSlug { get; private set; }

    /// <summary>A reminder's key: a member has one notification per key (a unique index with the member).</summary>
    public string? OnceKey { get; private set; }
}
