using Academy.Shared.Errors;

namespace Academy.Reflections.Domain;

/// <summary>
/// How one cohort's learners review each other's reflections on one assignment: switched on by its instructors.
/// Peers use the assignment's rubric; their scores never count toward the instructor's grade.
/// </summary>
internal sealed class PeerReviewSettings
{
    public const int DefaultReviewsPerSubmission = 2;
    public const int DefaultReviewsToGive = 2;
    public const int DefaultClaimHours = 24;

    private PeerReviewSettings()
    {
    }

    public PeerReviewSettings(string cohortSlug, string assignmentSlug)
    {
        Id = Guid.CreateVersion7();
        CohortSlug = cohortSlug;
        AssignmentSlug = assignmentSlug;
    }

    public Guid Id { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;
    public string AssignmentSlug { get; private set; } = string.Empty;
    public bool IsOn { get; private set; }

    /// <summary>The reviews each submission should get: below this it shows in the instructor's coverage.</summary>
    public int ReviewsPerSubmission { get; private set; } = DefaultReviewsPerSubmission;

    /// <summary>The reviews each learner who submitted must give.</summary>
    public int ReviewsToGive { get; private set; } = DefaultReviewsToGive;

    /// <summary>Reviewers' names are never shown to authors. Each review keeps the terms it was written under.</summary>
    public bool IsAnonymous { get; private set; } = true;

    /// <summary>The last day of the cohort's calendar to give reviews; after it, submissions short of reviews need the instructor.</summary>
    public DateOnly? ReviewsDueOn { get; private set; }

    /// <summary>Authors see the scores their peers gave (only ever the comments otherwise).</summary>
    public bool ShowsPeerScores { get; private set; }

    /// <summary>Authors read the reviews of their own work only once they have given theirs.</summary>
    public bool RevealsAfterGiving { get; private set; }

    /// <summary>Reflections kept private are reviewed too; learners are told before they submit.</summary>
    public bool IncludesPrivateReflections { get; private set; } = true;

    /// <summary>How long a claimed reflection stays with its reviewer before it returns to the pool.</summary>
    public int ClaimHours { get; private set; } = DefaultClaimHours;

    public DateTimeOffset ChangedAt { get; private set; }

    public TimeSpan ClaimLasts => TimeSpan.FromHours(ClaimHours);

    public void Change(bool isOn, int reviewsPerSubmission, int reviewsToGive, bool isAnonymous, DateOnly? reviewsDueOn, bool showsPeerScores,
        bool revealsAfterGiving, bool includesPrivateReflections, int claimHours, DateTimeOffset now)
    {
        IsOn = isOn;
        ReviewsPerSubmission = reviewsPerSubmission;
        ReviewsToGive = reviewsToGive;
        IsAnonymous = isAnonymous;
        ReviewsDueOn = reviewsDueOn;
        ShowsPeerScores = showsPeerScores;
        RevealsAfterGiving = revealsAfterGiving;
        IncludesPrivateReflections = includesPrivateReflections;
        ClaimHours = claimHours;
        ChangedAt = now;
    }
}

/// <summary>
/// One peer's review of one submitted reflection: first a claim, which lapses after the assignment's claim time and
/// then returns its slot to the pool, then the review itself. A reflection's reviews number their slots, and a slot
/// is never held by two reviewers (a unique index settles racing claims).
/// </summary>
internal sealed class PeerReview
{
    // The refusals, English; the handlers ask the same questions first and say them in the reader's language (ReflectionsText).
    public const string AlreadySent = "You have already sent your review of this reflection.";
    public const string OwnWork = "You cannot review your own reflection.";

    private PeerReview()
    {
    }

    /// <param name="submission">The reflection reviewed: its id, cohort, assignment and author.</param>
    public PeerReview(ReviewedSubmission submission, int slot, string reviewerId, string reviewerName, bool isAnonymous, bool assignedByInstructor,
        DateTimeOffset now, TimeSpan claimLasts)
    {
        if (submission.AuthorId == reviewerId)
        {
            throw new RuleViolation(OwnWork);
        }

        Id = Guid.CreateVersion7();
        ReflectionId = submission.ReflectionId;
        CohortSlug = submission.CohortSlug;
        AssignmentSlug = submission.AssignmentSlug;
        AuthorId = submission.AuthorId;
        Slot = slot;
        Claim(reviewerId, reviewerName, isAnonymous, assignedByInstructor, now, claimLasts);
    }

    public Guid Id { get; private set; }
    public Guid ReflectionId { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;
    public string AssignmentSlug { get; private set; } = string.Empty;

    /// <summary>The reflection's author, copied so a learner's received reviews are found without the reflection.</summary>
    public string AuthorId { get; private set; } = string.Empty;

    public int Slot { get; private set; }
    public string ReviewerId { get; private set; } = string.Empty;
    public string ReviewerName { get; private set; } = string.Empty;

    /// <summary>The reviewer whose claim on this slot lapsed and who lost it to <see cref="ReviewerId"/>: told so if they send it anyway.</summary>
    public string? LapsedReviewerId { get; private set; }

    /// <summary>
    /// The reviewer while the review is unsent, null once sent: a unique index holds each reviewer to one open claim per
    /// assignment (a double click that claims twice at once makes one), and counts no sent review.
    /// </summary>
    public string? OpenClaimOf { get; private set; }

    public bool IsAnonymous { get; private set; }
    public bool AssignedByInstructor { get; private set; }
    public DateTimeOffset ClaimedAt { get; private set; }
    public DateTimeOffset ClaimExpiresAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>A comment (and perhaps a score) per rubric criterion, in the rubric's order.</summary>
    public List<PeerReviewCriterion> Criteria { get; private set; } = [];

    /// <summary>Hidden by an instructor as inappropriate: the author no longer sees it, and it no longer counts.</summary>
    public bool IsHidden { get; private set; }

    public string? HiddenBy { get; private set; }

    /// <summary>Moves on with every claim, renewal and sending, so two reviewers never take over the same lapsed slot, and a slot is never taken over as it is sent.</summary>
    public int ClaimVersion { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public bool HoldsSlot(DateTimeOffset now) => IsSubmitted || ClaimExpiresAt > now;

    private void Claim(string reviewerId, string reviewerName, bool isAnonymous, bool assignedByInstructor, DateTimeOffset now, TimeSpan claimLasts)
    {
        ReviewerId = reviewerId;
        ReviewerName = reviewerName;
        OpenClaimOf = reviewerId;
        IsAnonymous = isAnonymous;
        AssignedByInstructor = assignedByInstructor;
        ClaimedAt = now;
        ClaimExpiresAt = now + claimLasts;
        ClaimVersion++;
    }

    /// <summary>Another reviewer takes this slot once its claim has lapsed unsent; the one who let it lapse is remembered to be told.</summary>
    /// <param name="assignedByInstructor">An instructor gave the slot to this reviewer rather than the reviewer asking for it.</param>
    public void TakeOver(string reviewerId, string reviewerName, bool isAnonymous, DateTimeOffset now, TimeSpan claimLasts, bool assignedByInstructor = false)
    {
        if (HoldsSlot(now))
        {
            throw new InvalidOperationException($"Peer review {Id} is still claimed by its reviewer.");
        }

        LapsedReviewerId = ReviewerId;
        Claim(reviewerId, reviewerName, isAnonymous, assignedByInstructor, now, claimLasts);
    }

    /// <summary>The reviewer comes back to a claim of theirs that lapsed while nobody took it: it is theirs again for the full time.</summary>
    public void Renew(DateTimeOffset now, TimeSpan claimLasts)
    {
        ClaimExpiresAt = now + claimLasts;
        ClaimVersion++;
    }

    public void Submit(IReadOnlyList<PeerReviewCriterion> criteria, DateTimeOffset now)
    {
        if (IsSubmitted)
        {
            throw new RuleViolation(AlreadySent);
        }

        Criteria = criteria.ToList();
        SubmittedAt = now;
        OpenClaimOf = null;
        ClaimVersion++; // a reviewer taking the lapsed slot over at this moment loses, rather than inheriting the sent review
    }

    /// <summary>
    /// The reviewer deleted their account: the sent review stays with its author under <paramref name="formerMember"/>, and an id of its own
    /// (never the person's) keeps a reflection's reviewers distinct.
    /// </summary>
    public void ForgetReviewer(string formerMember)
    {
        ReviewerId = $"former-member-{Id:N}";
        ReviewerName = formerMember;
        ClaimVersion++;
    }

    public void Hide(string instructorName)
    {
        IsHidden = true;
        HiddenBy = instructorName;
    }

    public void Show()
    {
        IsHidden = false;
        HiddenBy = null;
    }
}

/// <summary>The submitted reflection a peer review is of: only what the review copies.</summary>
internal sealed record ReviewedSubmission(Guid ReflectionId, string CohortSlug, string AssignmentSlug, string AuthorId);

/// <summary>A peer's comment on one rubric criterion (rendered once when sent), and the score they chose, if any.</summary>
internal sealed class PeerReviewCriterion
{
    private PeerReviewCriterion()
    {
    }

    public PeerReviewCriterion(string commentMarkdown, string commentHtml, int? score)
    {
        CommentMarkdown = commentMarkdown;
        CommentHtml = commentHtml;
        Score = score;
    }

    public string CommentMarkdown { get; private set; } = string.Empty;
    public string CommentHtml { get; private set; } = string.Empty;
    public int? Score { get; private set; }
}
