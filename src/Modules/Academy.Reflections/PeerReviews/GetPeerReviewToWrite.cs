using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.PeerReviews;

/// <summary>
/// The reflection a reviewer claimed, with the assignment's prompt and rubric, and their review once sent. The author is
/// named only when the review is named. Not found for anyone but the reviewer (and the one whose claim it was before).
/// </summary>
public sealed record GetPeerReviewToWrite(string CohortSlug, string AssignmentSlug, Guid ReviewId) : IRequest<PeerReviewToWrite>;

/// <param name="AuthorName">Null when the review is anonymous: then neither side learns the other's name.</param>
/// <param name="LostToAnotherReviewer">The caller's claim lapsed and another reviewer took the reflection.</param>
/// <param name="Sent">The criteria as sent (comment HTML and score), in the rubric's order; empty until sent.</param>
public sealed record PeerReviewToWrite(
    string CohortSlug, ReflectionAssignment Assignment, Guid ReviewId, string? AuthorName, bool IsAnonymous, string ReflectionHtml,
    DateTimeOffset ClaimExpiresAt, bool LostToAnotherReviewer, DateTimeOffset? SentAt, IReadOnlyList<SentCriterion> Sent, bool IsOn);

public sealed record SentCriterion(string CommentHtml, int? Score);

internal sealed class GetPeerReviewToWriteHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser)
    : IRequestHandler<GetPeerReviewToWrite, PeerReviewToWrite>
{
    public async Task<PeerReviewToWrite> Handle(GetPeerReviewToWrite request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.ReadableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var me = currentUser.UserId;
        var row = (cohort.Role != CohortRole.Learner ? null : await data.PeerReviews.AsNoTracking()
            .Where(r => r.Id == request.ReviewId && r.CohortSlug == cohort.CohortSlug && r.AssignmentSlug == assignment.Slug
                        && (r.ReviewerId == me || r.LapsedReviewerId == me))
            .Join(data.Reflections, review => review.ReflectionId, reflection => reflection.Id, (review, reflection) => new
            {
                review.ReviewerId, review.IsAnonymous, review.ClaimExpiresAt, review.SubmittedAt, review.Criteria,
                reflection.AuthorName, reflection.SubmittedHtml,
                IsOn = data.PeerReviewSettings.Any(s => s.CohortSlug == review.CohortSlug && s.AssignmentSlug == review.AssignmentSlug && s.IsOn),
            })
            .SingleOrDefaultAsync(cancellationToken))
            ?? throw new NotFoundException($"Peer review {request.ReviewId} is not {me}'s in {cohort.CohortSlug}.");
        var lost = row.ReviewerId != me;
        return new PeerReviewToWrite(cohort.CohortSlug, assignment, request.ReviewId, row.IsAnonymous ? null : row.AuthorName, row.IsAnonymous,
            lost ? string.Empty : row.SubmittedHtml, row.ClaimExpiresAt, lost, lost ? null : row.SubmittedAt,
            lost ? [] : row.Criteria.Select(c => new SentCriterion(c.CommentHtml, c.Score)).ToList(), row.IsOn);
    }
}
