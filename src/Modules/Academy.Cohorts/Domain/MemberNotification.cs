namespace Academy.Cohorts.Domain;

/// <summary>One line in a member's notifications: who did what, and where to see it.</summary>
internal sealed class MemberNotification
{
    private MemberNotification()
    {
    }

    public MemberNotification(string userId, string actorName, string text, string url, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        ActorName = actorName;
        Text = text;
        Url = url;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public string ActorName { get; private set; } = string.Empty;
    public string Text { get; private set; } = string.Empty;
    public string Url { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
}
