namespace Academy.Discussions.Domain;

/// <summary>
/// What a member is writing and has not posted yet, saved as they type: one per member and place (a thread's
/// reply box, or a new thread in a space), so a reload, a crash or an expired sign-in never costs the text.
/// </summary>
internal sealed class Draft
{
    private Draft()
    {
    }

    public Draft(string userId, string cohortSlug, string place)
    {
        UserId = userId;
        CohortSlug = cohortSlug;
        Place = place;
    }

    public string UserId { get; private set; } = string.Empty;
    public string CohortSlug { get; private set; } = string.Empty;

    /// <summary>"thread:12" for a reply, "new:lounge" for a thread not yet started.</summary>
    public string Place { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;
    public string Body { get; private set; } = string.Empty;
    public DateTimeOffset SavedAt { get; private set; }

    public void Update(string title, string body, DateTimeOffset now)
    {
        Title = title;
        Body = body;
        SavedAt = now;
    }

    public static string ForReply(int threadNumber) => $"thread:{threadNumber}";

    public static string ForNewThread(string spaceKey) => $"new:{spaceKey}";
}
