namespace Academy.Reflections.Domain;

public enum ReflectionStatus
{
    Draft = 0,
    Submitted = 1,
}

/// <summary>A rule of reflections that a request broke; the message says why, in words for the learner.</summary>
public sealed class ReflectionRuleException(string message) : Exception(message);

/// <summary>
/// A learner's reflection on one assignment in one cohort: a draft saved as they write, then a submitted text
/// (rendered once) that is read-only.
/// </summary>
internal sealed class Reflection
{
    private Reflection()
    {
    }

    public Reflection(string cohortSlug, string assignmentSlug, string userId, string authorName)
    {
        Id = Guid.CreateVersion7();
        CohortSlug = cohortSlug;
        AssignmentSlug = assignmentSlug;
        UserId = userId;
        AuthorName = authorName;
    }

    public Guid Id { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;
    public string AssignmentSlug { get; private set; } = string.Empty;
    public string UserId { get; private set; } = string.Empty;
    public string AuthorName { get; private set; } = string.Empty;
    public ReflectionStatus Status { get; private set; }
    public string DraftMarkdown { get; private set; } = string.Empty;
    public DateTimeOffset? DraftSavedAt { get; private set; }
    public string SubmittedMarkdown { get; private set; } = string.Empty;
    public string SubmittedHtml { get; private set; } = string.Empty;
    public DateTimeOffset? SubmittedAt { get; private set; }
    public bool IsLate { get; private set; }

    public void SaveDraft(string markdown, DateTimeOffset now)
    {
        if (Status == ReflectionStatus.Submitted)
        {
            throw new ReflectionRuleException("This reflection is submitted and read-only.");
        }

        DraftMarkdown = markdown;
        DraftSavedAt = now;
    }

    /// <summary>Submits the text; after the due date the submission is marked late.</summary>
    public void Submit(string markdown, string html, DateOnly dueOn, DateTimeOffset now)
    {
        if (Status == ReflectionStatus.Submitted)
        {
            throw new ReflectionRuleException("This reflection is already submitted.");
        }

        DraftMarkdown = markdown;
        SubmittedMarkdown = markdown;
        SubmittedHtml = html;
        SubmittedAt = now;
        IsLate = DateOnly.FromDateTime(now.UtcDateTime) > dueOn;
        Status = ReflectionStatus.Submitted;
    }
}
