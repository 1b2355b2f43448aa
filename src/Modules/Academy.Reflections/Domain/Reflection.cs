using System.Globalization;
using Academy.Shared.Errors;
using Academy.Shared.Time;

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

/// <summary>
/// The draft was saved elsewhere (another tab or device) after the version the writer started from; nothing
/// was overwritten. Carries the newer text so the writer can choose between the two.
/// </summary>
public sealed class DraftConflictException(string markdown, DateTimeOffset? savedAt, int version)
    : ConflictException($"The draft was saved elsewhere (version {version}).")
{
    public string Markdown { get; } = markdown;
    public DateTimeOffset? SavedAt { get; } = savedAt;
    public int Version { get; } = version;
}

/// <summary>When an assignment is due and when it closes, for one learner (their extension included).</summary>
public sealed record Deadline(DateOnly DueOn, DateOnly? CutOffOn)
{
    /// <summary>These dates with an extension until <paramref name="until"/>: it moves the due date and lifts the cut-off until then.</summary>
    public Deadline ExtendedTo(DateOnly? until) => until is { } day && day > DueOn
        ? new Deadline(day, CutOffOn is { } cutOff && cutOff < day ? day : CutOffOn)
        : this;
}

/// <summary>
/// A learner's reflection on one assignment in one cohort: a draft saved as they write, then a submitted text
/// (rendered once) that is read-only.
/// </summary>
internal sealed class Reflection
{
    // The refusals, English; the handlers ask the same questions first and say them in the reader's language (ReflectionsText).
    public const string ReadOnly = "This reflection is submitted and read-only.";
    public const string AlreadySubmitted = "This reflection is already submitted.";
    public const string Closed = "Submissions closed on {0}. Your draft is kept: ask your instructor for an extension to submit it.";
    public const string NotSubmitted = "Only a submitted reflection can be reviewed.";

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

    /// <summary>Counts the saves of the draft; a save names the version it started from, so two tabs never silently overwrite each other.</summary>
    public int DraftVersion { get; private set; }
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

    /// <summary>The last day this learner may submit without being late, when the instructor granted more time.</summary>
    public DateOnly? ExtendedUntil { get; private set; }

    /// <summary>An open request for more time: until when, and why.</summary>
    public DateOnly? ExtensionRequestedUntil { get; private set; }

    public string? ExtensionReason { get; private set; }
    public DateTimeOffset? ExtensionRequestedAt { get; private set; }

    public void ShareWith(ReflectionAudience audience) => Audience = audience;

    /// <summary>The assignment's dates as they apply to this learner: an extension moves the due date and lifts the cut-off until then.</summary>
    public Deadline DeadlineFor(Deadline assignment) => assignment.ExtendedTo(ExtendedUntil);

    /// <summary>Saves the draft if nobody saved it since <paramref name="basedOnVersion"/>; returns the new version.</summary>
    public int SaveDraft(string markdown, int basedOnVersion, DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new RuleViolation(ReadOnly);
        }

        if (basedOnVersion != DraftVersion)
        {
            throw new DraftConflictException(DraftMarkdown, DraftSavedAt, DraftVersion);
        }

        WriteDraft(markdown);

        DraftSavedAt = now;
        return DraftVersion;
    }

    /// <summary>
    /// Submits the text; after the due date it is marked late, and after the cut-off only an extension allows it. The
    /// dates are the cohort's calendar days, so they end at midnight in its zone.
    /// </summary>
    public void Submit(string markdown, string html, Deadline assignmentDeadline, DateTimeOffset now, string cohortTimeZone)
    {
        if (!IsEditable)
        {
            throw new RuleViolation(AlreadySubmitted);
        }

        var deadline = DeadlineFor(assignmentDeadline);
        var today = ZonedTime.Today(now, cohortTimeZone);
        if (deadline.CutOffOn is { } cutOff && today > cutOff)
        {
            throw new RuleViolation(string.Format(CultureInfo.CurrentCulture, Closed, cutOff.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)));
        }

        WriteDraft(markdown);

        SubmittedMarkdown = markdown;
        SubmittedHtml = html;
        SubmittedAt = now;
        IsLate = today > deadline.DueOn;
        Status = ReflectionStatus.Submitted;
        Submissions.Add(new ReflectionSubmission(Id, Submissions.Count + 1, markdown, html, now, IsLate));
    }

    /// <summary>A new draft text is a new version; the same text saved again is not.</summary>
    private void WriteDraft(string markdown)
    {
        if (markdown != DraftMarkdown)
        {
            DraftMarkdown = markdown;
            DraftVersion++;
        }
    }

    public void RequestExtension(DateOnly until, string reason, DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new RuleViolation(AlreadySubmitted);
        }

        ExtensionRequestedUntil = until;
        ExtensionReason = reason;
        ExtensionRequestedAt = now;
    }

    /// <summary>The instructor gives the learner until <paramref name="until"/>; any open request is answered by it.</summary>
    public void GrantExtension(DateOnly until)
    {
        ExtendedUntil = until;
        ClearExtensionRequest();
    }

    public void DeclineExtension() => ClearExtensionRequest();

    private void ClearExtensionRequest()
    {
        ExtensionRequestedUntil = null;
        ExtensionReason = null;
        ExtensionRequestedAt = null;
    }

    /// <summary>The instructor scores the submission against the rubric, writes feedback, and completes it or returns it for revision.</summary>
    public void Review(IReadOnlyList<int> scores, string feedbackMarkdown, string feedbackHtml, bool complete, string reviewerName, DateTimeOffset now)
    {
        if (Status != ReflectionStatus.Submitted)
        {
            throw new RuleViolation(NotSubmitted);
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
