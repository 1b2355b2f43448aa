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
        var mine = cohort.Role == CohortRole.Learner && !assignment.IsOpen ? null : await MineAsync(cohort.CohortSlug, assignment.Slug, userId, cancellationToken);
        var reflection = mine?.Reflection;
        var assignmentDeadline = new Deadline(assignment.DueOn, assignment.CutOffOn);
        var deadline = reflection?.DeadlineFor(assignmentDeadline) ?? assignmentDeadline;
        var today = ZonedTime.Today(clock.GetUtcNow(), cohort.TimeZone);
        var peerReview = cohort.Role == CohortRole.Learner && assignment.IsOpen ? PeerReviewOf(mine!) : null;
        return new ReflectionView(cohort.CohortSlug, cohort.CohortName, assignment, cohort.Role == CohortRole.Learner,
            GetMyReflectionsHandler.Progress(reflection), reflection?.DraftMarkdown ?? string.Empty, reflection?.DraftSavedAt,
            reflection?.SubmittedHtml ?? string.Empty, reflection?.SubmittedAt, reflection?.IsLate == true,
            reflection?.ReviewedAt is { } reviewedAt
                ? new ReviewOutcome(reflection.Scores, reflection.Scores.Sum(), reflection.FeedbackHtml, reflection.ReviewerName ?? string.Empty, reviewedAt)
                : null,
            (mine?.Submissions ?? []).OrderByDescending(s => s.Number).Select(s => new SubmittedVersion(s.Number, s.SubmittedAt, s.IsLate, s.Html, s.Markdown)).ToList(),
            reflection?.Audience ?? ReflectionAudience.Private, reflection?.DraftVersion ?? 0, deadline, deadline.CutOffOn < today,
            new ExtensionState(reflection?.ExtendedUntil, reflection?.ExtensionRequestedUntil, reflection?.ExtensionReason), cohort.TimeZone, peerReview);
    }

    /// <summary>
    /// In one command, whether either exists: the learner's reflection with its submitted versions, and the assignment's peer
    /// review (when switched on) with how many reviews the learner has given and the reviews of their reflection.
    /// </summary>
    private async Task<Mine> MineAsync(string cohortSlug, string assignmentSlug, string userId, CancellationToken cancellationToken)
    {
        var row = await (
                from reflection in data.Reflections.Where(r => r.CohortSlug == cohortSlug && r.UserId == userId && r.AssignmentSlug == assignmentSlug).DefaultIfEmpty()
                from settings in data.PeerReviewSettings.Where(s => s.CohortSlug == cohortSlug && s.AssignmentSlug == assignmentSlug && s.IsOn).DefaultIfEmpty()
                select new
                {
                    Reflection = reflection,
                    Submissions = reflection.Submissions.ToList(),
                    Settings = settings,
                    Given = data.PeerReviews.Count(r => r.CohortSlug == cohortSlug && r.AssignmentSlug == assignmentSlug && r.ReviewerId == userId
                                                        && r.SubmittedAt != null && !r.IsHidden),
                    Received = data.PeerReviews
                        .Where(r => r.ReflectionId == reflection.Id && r.SubmittedAt != null && !r.IsHidden)
                        .OrderBy(r => r.SubmittedAt)
                        .Select(r => new ReceivedRow(r.IsAnonymous, r.ReviewerName, r.SubmittedAt, r.Criteria))
                        .ToList(),
                })
            .AsNoTracking()
            .SingleAsync(cancellationToken);
        return new Mine(row.Reflection, row.Submissions, row.Settings, row.Given, row.Received);
    }

    /// <summary>The assignment's peer review as the author sees it, from what <see cref="MineAsync"/> read; null when it is off.</summary>
    private static PeerReviewOfMine? PeerReviewOf(Mine mine)
    {
        if (mine.Settings is not { } settings)
        {
            return null;
        }

        var received = mine.Received.Select(r => new ReceivedPeerReview(r.IsAnonymous ? null : r.ReviewerName, r.SubmittedAt!.Value,
            r.Criteria.Select(c => new SentCriterion(c.CommentHtml, settings.ShowsPeerScores ? c.Score : null)).ToList())).ToList();
        var view = new PeerReviewOfMine(settings.IsAnonymous, settings.ReviewsToGive, settings.RevealsAfterGiving, settings.ShowsPeerScores,
            settings.IncludesPrivateReflections, mine.Given, received.Count, received);
        return view.IsWithheld ? view with { Received = [] } : view;
    }

    private sealed record Mine(Reflection? Reflection, List<ReflectionSubmission> Submissions, PeerReviewSettings? Settings, int Given, List<ReceivedRow> Received);

    private sealed record ReceivedRow(bool IsAnonymous, string ReviewerName, DateTimeOffset? SubmittedAt, List<PeerReviewCriterion> Criteria);
}
