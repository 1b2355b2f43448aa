using Academy.Contracts.Cohorts;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Reflections.PeerReviews;

/// <summary>
/// A learner who has submitted asks for a peer's reflection to review: the one with the fewest reviews that is not
/// theirs and not one they reviewed. Returns the claim (the one they already hold, if they do), which lapses after the
/// assignment's claim time.
/// </summary>
public sealed record ClaimPeerReview(string CohortSlug, string AssignmentSlug) : IRequest<Guid>;

internal sealed class ClaimPeerReviewHandler(ReflectionContext context, PeerReviewPool pool, ICurrentUser currentUser)
    : IRequestHandler<ClaimPeerReview, Guid>
{
    public async Task<Guid> Handle(ClaimPeerReview request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.ReadableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        if (cohort.Role != CohortRole.Learner)
        {
            throw new NotFoundException($"Only learners of {cohort.CohortSlug} review their peers.");
        }

        var settings = await pool.SwitchedOnAsync(cohort, assignment, cancellationToken);
        return await pool.ClaimAsync(settings, currentUser.UserId, currentUser.DisplayName ?? string.Empty, cancellationToken);
    }
}
