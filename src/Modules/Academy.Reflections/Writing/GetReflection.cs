using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.PeerReviews;
using Academy.Shared.Security;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Writing;

/// <summary>One assignment with the signed-in learner's reflection on it.</summary>
public sealed record GetReflection(string CohortSlug, string AssignmentSlug) : IRequest<ReflectionView>;

public sealed record ReflectionView(
    string CohortSlug, string CohortName, ReflectionAssignment Assignment, bool IsLearner, ReflectionProgress Progress,
    string DraftMarkdown, DateTimeOffset? DraftSavedAt, string SubmittedHtml, DateTimeOffset? SubmittedAt, bool IsLate,
    ReviewOutcome? Review, IReadOnlyList<SubmittedVersion> Versions, ReflectionAudience Audience,
    int DraftVersion, Deadline Deadline, bool IsClosed, ExtensionState Extension, string CohortTimeZone, PeerReviewOfMine? PeerReview = null)
{
    public bool IsEditable => IsLearner && Assignment.IsOpen && Progress is ReflectionProgress.NotStarted or ReflectionProgress.Draft or ReflectionProgress.Returned;
}

/// <summary>The learner's extension: granted until a date, and/or asked for (until when, why).</summary>
public sealed record ExtensionState(DateOnly? GrantedUntil, DateOnly? RequestedUntil, string? Reason);

/// <summary>What the instructor decided: points per criterion (rubric order), their total, and the feedback.</summary>
public sealed record ReviewOutcome(IReadOnlyList<int> Scores, int Total, string FeedbackHtml, string ReviewerName, DateTimeOffset ReviewedAt);

/// <summary>
/// The assignment's peer review as its author sees it: how it works, how many reviews they have given, and the reviews of
/// their reflection (sent and not hidden). With <see cref="RevealsAfterGiving"/> the reviews are left out until the author
/// has given theirs (<see cref="Waiting"/> counts them). Reviews carry no reviewer id or review id: an anonymous one names nobody.
/// </summary>
public sealed record PeerReviewOfMine(
    bool IsAnonymous, int ReviewsToGive, bool RevealsAfterGiving, bool ShowsPeerScores, bool IncludesPrivateReflections, int Given,
    int Waiting, IReadOnlyList<ReceivedPeerReview> Received)
{
    /// <summary>The author still owes reviews, and the assignment shows theirs only after: the reviews wait.</summary>
    public bool IsWithheld => RevealsAfterGiving && Given < ReviewsToGive;
}

/// <param name="ReviewerName">Null for an anonymous review.</param>
/// <param name="Criteria">A comment per rubric criterion in its order; the scores are null unless the assignment shows peer scores.</param>
public sealed record ReceivedPeerReview(string? ReviewerName, DateTimeOffset SubmittedAt, IReadOnlyList<SentCriterion> Criteria);

public sealed record SubmittedVersion(int Number, DateTimeOffset SubmittedAt, bool IsLate, string Html, string Markdown);

internal sealed class GetReflectionHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetReflection, ReflectionView>
{
    public async Task<ReflectionView> Handle(GetReflection request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.AssignmentAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var userId = currentUser.UserId;
        // A reflection on a module whose date moved later is kept, and shown again when the module opens.
        var reflection = cohort.Role == CohortRole.Learner && !assignment.IsOpen ? null : await data.Reflections.AsNoTracking().Include(r => r.Submissions)
            .SingleOrDefaultAsync(r => r.CohortSlug == cohort.CohortSlug && r.UserId == userId && r.AssignmentSlug == assignment.Slug, cancellationToken);
        var assignmentDeadline = new Deadline(assignment.DueOn, assignment.CutOffOn);
        var deadline = reflection?.DeadlineFor(assignmentDeadline) ?? assignmentDeadline;
        var today = ZonedTime.Today(clock.GetUtcNow(), cohort.TimeZone);
        var peerReview = cohort.Role == CohortRole.Learner && assignment.IsOpen ? await PeerReviewOfAsync(cohort, assignment, userId, cancellationToken) : null;
        return new ReflectionView(cohort.CohortSlug, cohort.CohortName, assignment, cohort.Role == CohortRole.Learner,
            GetMyReflectionsHandler.Progress(reflection), reflection?.DraftMarkdown ?? string.Empty, reflection?.DraftSavedAt,
            reflection?.SubmittedHtml ?? string.Empty, reflection?.SubmittedAt, reflection?.IsLate == true,
            reflection?.ReviewedAt is { } reviewedAt
                ? new ReviewOutcome(reflection.Scores, reflection.Scores.Sum(), reflection.FeedbackHtml, reflection.ReviewerName ?? string.Empty, reviewedAt)
                : null,
            (reflection?.Submissions ?? []).OrderByDescending(s => s.Number).Select(s => new SubmittedVersion(s.Number, s.SubmittedAt, s.IsLate, s.Html, s.Markdown)).ToList(),
            reflection?.Audience ?? ReflectionAudience.Private, reflection?.DraftVersion ?? 0, deadline, deadline.CutOffOn < today,
            new ExtensionState(reflection?.ExtendedUntil, reflection?.ExtensionRequestedUntil, reflection?.ExtensionReason), cohort.TimeZone, peerReview);
    }

    /// <summary>The assignment's peer review with the author's given count and the reviews of their reflection: one command.</summary>
    private async Task<PeerReviewOfMine?> PeerReviewOfAsync(Enrolment cohort, ReflectionAssignment assignment, string userId, CancellationToken cancellationToken)
    {
        var row = await data.PeerReviewSettings.AsNoTracking()
            .Where(s => s.CohortSlug == cohort.CohortSlug && s.AssignmentSlug == assignment.Slug && s.IsOn)
            .Select(s => new
            {
                s.IsAnonymous, s.ReviewsToGive, s.RevealsAfterGiving, s.ShowsPeerScores, s.IncludesPrivateReflections,
                Given = data.PeerReviews.Count(r => r.CohortSlug == s.CohortSlug && r.AssignmentSlug == s.AssignmentSlug && r.ReviewerId == userId
                                                    && r.SubmittedAt != null && !r.IsHidden),
                Received = data.PeerReviews
                    .Where(r => r.CohortSlug == s.CohortSlug && r.AssignmentSlug == s.AssignmentSlug && r.AuthorId == userId && r.SubmittedAt != null && !r.IsHidden)
                    .OrderBy(r => r.SubmittedAt)
                    .Select(r => new { r.IsAnonymous, r.ReviewerName, r.SubmittedAt, r.Criteria })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var received = row.Received.Select(r => new ReceivedPeerReview(r.IsAnonymous ? null : r.ReviewerName, r.SubmittedAt!.Value,
            r.Criteria.Select(c => new SentCriterion(c.CommentHtml, row.ShowsPeerScores ? c.Score : null)).ToList())).ToList();
        var view = new PeerReviewOfMine(row.IsAnonymous, row.ReviewsToGive, row.RevealsAfterGiving, row.ShowsPeerScores, row.IncludesPrivateReflections,
            row.Given, received.Count, received);
        return view.IsWithheld ? view with { Received = [] } : view;
    }
}
