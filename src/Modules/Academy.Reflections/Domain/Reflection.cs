namespace Academy.Reflections.Domain;

public enum ReflectionStatus
{
    Draft = 0,
    Submitted = 1,

    /// <summary>The instructor asked for a revision: the learner edits and submits again.</summary>
    Returned = 2,

    /// <summary>Reviewed and done.</summary>
    Completed = 3,
}

/// <summary>Who may read a reflection besides its author and the cohort's instructors.</summary>
public enum ReflectionAudience
{
    /// <summary>Only the learner and the cohort's instructors (the default).</summary>
    Private = 0,

    /// <summary>Also the cohort, in the assignment's gallery, where members can comment (never on scores).</summary>
    Cohort = 1,
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

    /// <summary>Every submitted version, the first as number 1; a returned reflection gains one per resubmission.</summary>
    public List<ReflectionSubmission> Submissions { get; private set; } = [];

    /// <summary>Points per rubric criterion, in the rubric's order, from the latest review.</summary>
    public List<int> Scores { get; private set; } = [];

    public string FeedbackMarkdown { get; private set; } = string.Empty;
    public string FeedbackHtml { get; private set; } = string.Empty;
    public string? ReviewerName { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }

    public bool IsEditable => Status is ReflectionStatus.Draft or ReflectionStatus.Returned;

    public ReflectionAudience Audience { get; private set; }

    public List<ReflectionComment> Comments { get; private set; } = [];

    public void ShareWith(ReflectionAudience audience) => Audience = audience;

    public void SaveDraft(string markdown, DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new ReflectionRuleException("This reflection is submitted and read-only.");
        }

        DraftMarkdown = markdown;
        DraftSavedAt = now;
    }

    /// <summary>Submits the text; after the due date the submission is marked late.</summary>
    public void Submit(string markdown, string html, DateOnly dueOn, DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new ReflectionRuleException("This reflection is already submitted.");
        }

        DraftMarkdown = markdown;
        SubmittedMarkdown = markdown;
        SubmittedHtml = html;
        SubmittedAt = now;
        IsLate = DateOnly.FromDateTime(now.UtcDateTime) > dueOn;
        Status = ReflectionStatus.Submitted;
        Submissions.Add(new ReflectionSubmission(Id, Submissions.Count + 1, markdown, html, now, IsLate));
    }

    /// <summary>The instructor scores the submission against the rubric, writes feedback, and completes it or returns it for revision.</summary>
    public void Review(IReadOnlyList<int> scores, string feedbackMarkdown, string feedbackHtml, bool complete, string reviewerName, DateTimeOffset now)
    {
        if (Status != ReflectionStatus.Submitted)
        {
            throw new ReflectionRuleException("Only a submitted reflection can be reviewed.");
        }

        Scores = scores.ToList();
        FeedbackMarkdown = feedbackMarkdown;
        FeedbackHtml = feedbackHtml;
        ReviewerName = reviewerName;
        ReviewedAt = now;
        Status = complete ? ReflectionStatus.Completed : ReflectionStatus.Returned;
    }
}

/// <summary>One submitted version of a reflection, kept so the history of revisions can be read.</summary>
internal sealed class ReflectionSubmission
{
    private ReflectionSubmission()
    {
    }

    public ReflectionSubmission(Guid reflectionId, int number, string markdown, string html, DateTimeOffset submittedAt, bool isLate)
    {
        Id = Guid.CreateVersion7();
        ReflectionId = reflectionId;
        Number = number;
        Markdown = markdown;
        Html = html;
        SubmittedAt = submittedAt;
        IsLate = isLate;
    }

    public Guid Id { get; private set; }
    public Guid ReflectionId { get; private set; }
    public int Number { get; private set; }
    public string Markdown { get; private set; } = string.Empty;
    public string Html { get; private set; } = string.Empty;
    public DateTimeOffset SubmittedAt { get; private set; }
    public bool IsLate { get; private set; }
}

/// <summary>A cohort member's comment on a reflection shared in the gallery.</summary>
internal sealed class ReflectionComment
{
    private ReflectionComment()
    {
    }

    public ReflectionComment(Guid reflectionId, string authorId, string authorName, string markdown, string html, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        ReflectionId = reflectionId;
        AuthorId = authorId;
        AuthorName = authorName;
        Markdown = markdown;
        Html = html;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid ReflectionId { get; private set; }
    public string AuthorId { get; private set; } = string.Empty;
    public string AuthorName { get; private set; } = string.Empty;
    public string Markdown { get; private set; } = string.Empty;
    public string Html { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
}
