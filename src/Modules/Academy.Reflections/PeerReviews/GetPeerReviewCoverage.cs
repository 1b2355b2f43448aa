using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Review;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.PeerReviews;

/// <summary>
/// For a cohort's instructors (and admins): how an assignment's peer review is set, which submissions it covers and how
/// many reviews each has (short ones first), who still owes reviews, and the reviews sent, with reviewers named.
/// </summary>
public sealed record GetPeerReviewCoverage(string CohortSlug, string AssignmentSlug) : IRequest<PeerReviewCoverage>;

/// <param name="Learners">The cohort's learners, to choose a reviewer from.</param>
public sealed record PeerReviewCoverage(
    string CohortSlug, string CohortName, ReflectionAssignment Assignment, PeerReviewTerms Terms, IReadOnlyList<CoveredSubmission> Submissions,
    IReadOnlyList<OwingReviewer> Owing, IReadOnlyList<SentPeerReview> Sent, IReadOnlyList<CohortMemberName> Learners);

/// <summary>An assignment's peer review settings as they are (the defaults before anyone saved them).</summary>
public sealed record PeerReviewTerms(
    bool IsOn, int ReviewsPerSubmission, int ReviewsToGive, bool IsAnonymous, DateOnly? ReviewsDueOn, bool ShowsPeerScores, bool RevealsAfterGiving,
    bool IncludesPrivateReflections, int ClaimHours)
{
    public static PeerReviewTerms Defaults { get; } = new(false, PeerReviewSettings.DefaultReviewsPerSubmission, PeerReviewSettings.DefaultReviewsToGive,
        IsAnonymous: true, ReviewsDueOn: null, ShowsPeerScores: false, RevealsAfterGiving: false, IncludesPrivateReflections: true, PeerReviewSettings.DefaultClaimHours);
}

/// <param name="Counted">The reviews that count toward <see cref="PeerReviewTerms.ReviewsPerSubmission"/>: sent, or claimed and not lapsed, and not hidden.</param>
/// <param name="IsShort">Fewer counted reviews than each submission should get.</param>
public sealed record CoveredSubmission(
    Guid ReflectionId, string AuthorName, DateTimeOffset SubmittedAt, bool IsLate, int Sent, int Counted, bool IsShort, IReadOnlyList<ReviewerOfSubmission> Reviewers);

/// <param name="Since">When it was sent (sent, hidden) or claimed (claimed, lapsed).</param>
/// <param name="Until">When the claim lapses or lapsed.</param>
public sealed record ReviewerOfSubmission(Guid ReviewId, string ReviewerName, PeerReviewState State, DateTimeOffset Since, DateTimeOffset Until, bool AssignedByInstructor);

public enum PeerReviewState
{
    Claimed,
    Lapsed,
    Sent,
    Hidden,
}

/// <param name="Given">Reviews sent and not hidden.</param>
/// <param name="Open">Claims they hold and have not sent.</param>
public sealed record OwingReviewer(string LearnerId, string Name, int Given, int Owed, int Open);

/// <param name="Criteria">One per rubric criterion, in the rubric's order; the name is null for the one general comment of an assignment without a rubric.</param>
public sealed record SentPeerReview(
    Guid ReviewId, string ReviewerName, string AuthorName, DateTimeOffset SentAt, bool IsAnonymous, bool IsHidden, string? HiddenBy,
    IReadOnlyList<SentPeerCriterion> Criteria);

public sealed record SentPeerCriterion(string? Name, string CommentHtml, int? Score);

internal sealed class GetPeerReviewCoverageHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetPeerReviewCoverage, PeerReviewCoverage>
{
    public async Task<PeerReviewCoverage> Handle(GetPeerReviewCoverage request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignment = (await mediator.AssignmentsAsync(cohort, cancellationToken)).SingleOrDefault(a => a.Slug == request.AssignmentSlug)
            ?? throw new NotFoundException($"No assignment {request.AssignmentSlug} in {cohort.CohortSlug}.");
        var learners = (await mediator.Send(new GetCohortMembers(cohort.CohortSlug), cancellationToken))
            .Where(member => member.Role == CohortRole.Learner)
            .OrderBy(member => member.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var settings = await data.PeerReviewSettings.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CohortSlug == cohort.CohortSlug && s.AssignmentSlug == assignment.Slug, cancellationToken);
        var terms = settings is null
            ? PeerReviewTerms.Defaults
            : new PeerReviewTerms(settings.IsOn, settings.ReviewsPerSubmission, settings.ReviewsToGive, settings.IsAnonymous, settings.ReviewsDueOn,
                settings.ShowsPeerScores, settings.RevealsAfterGiving, settings.IncludesPrivateReflections, settings.ClaimHours);

        // Two reads whatever the cohort's size: every submission of the assignment, and every review of it.
        var submitted = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && r.AssignmentSlug == assignment.Slug && r.SubmittedAt != null)
            .Select(r => new { r.Id, r.UserId, r.AuthorName, SubmittedAt = r.SubmittedAt!.Value, r.IsLate, r.Audience })
            .ToListAsync(cancellationToken);
        var reviews = await data.PeerReviews.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && r.AssignmentSlug == assignment.Slug)
            .Select(r => new
            {
                r.Id, r.ReflectionId, r.AuthorId, r.ReviewerId, r.ReviewerName, r.IsAnonymous, r.AssignedByInstructor, r.ClaimedAt, r.ClaimExpiresAt,
                r.SubmittedAt, r.IsHidden, r.HiddenBy, r.Criteria,
            })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var byReflection = reviews.ToLookup(r => r.ReflectionId);
        var covered = submitted
            .Where(r => terms.IncludesPrivateReflections || r.Audience == ReflectionAudience.Cohort)
            .Select(r =>
            {
                var reviewers = byReflection[r.Id]
                    .Select(review => new ReviewerOfSubmission(review.Id, review.ReviewerName,
                        review.IsHidden ? PeerReviewState.Hidden
                        : review.SubmittedAt is not null ? PeerReviewState.Sent
                        : review.ClaimExpiresAt > now ? PeerReviewState.Claimed
                        : PeerReviewState.Lapsed,
                        review.SubmittedAt ?? review.ClaimedAt, review.ClaimExpiresAt, review.AssignedByInstructor))
                    .OrderBy(reviewer => reviewer.State).ThenBy(reviewer => reviewer.Since)
                    .ToList();
                var sent = reviewers.Count(reviewer => reviewer.State == PeerReviewState.Sent);
                var counted = sent + reviewers.Count(reviewer => reviewer.State == PeerReviewState.Claimed);
                return new CoveredSubmission(r.Id, r.AuthorName, r.SubmittedAt, r.IsLate, sent, counted, counted < terms.ReviewsPerSubmission, reviewers);
            })
            .OrderByDescending(s => s.IsShort).ThenBy(s => s.Counted).ThenBy(s => s.Sent).ThenBy(s => s.SubmittedAt)
            .ToList();

        var given = reviews.Where(r => r.SubmittedAt is not null && !r.IsHidden).GroupBy(r => r.ReviewerId).ToDictionary(g => g.Key, g => g.Count());
        var open = reviews.Where(r => r.SubmittedAt is null && r.ClaimExpiresAt > now).GroupBy(r => r.ReviewerId).ToDictionary(g => g.Key, g => g.Count());
        var owing = submitted
            .Select(r => new OwingReviewer(r.UserId, r.AuthorName, given.GetValueOrDefault(r.UserId), terms.ReviewsToGive, open.GetValueOrDefault(r.UserId)))
            .Where(learner => learner.Given < learner.Owed)
            .OrderBy(learner => learner.Given).ThenBy(learner => learner.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        var rubric = PeerReviewRubric.Of(assignment);
        var authors = submitted.ToDictionary(r => r.Id, r => r.AuthorName);
        var sentReviews = reviews
            .Where(r => r.SubmittedAt is not null)
            .OrderBy(r => r.SubmittedAt)
            .Select(r => new SentPeerReview(r.Id, r.ReviewerName, authors.GetValueOrDefault(r.ReflectionId, string.Empty), r.SubmittedAt!.Value, r.IsAnonymous,
                r.IsHidden, r.HiddenBy,
                r.Criteria.Select((criterion, i) => new SentPeerCriterion(assignment.Rubric.Count > 0 && i < rubric.Count ? rubric[i].Name : null,
                    criterion.CommentHtml, criterion.Score)).ToList()))
            .ToList();
        return new PeerReviewCoverage(cohort.CohortSlug, cohort.CohortName, assignment, terms, covered, owing, sentReviews, learners);
    }
}
