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
/// A learner's peer reviewing on one assignment: how it works, how many reviews they have given of those they owe, the
/// claim they hold and the reviews they sent. Only for the cohort's learners, and only while its peer review is on.
/// </summary>
public sealed record GetPeerReviewing(string CohortSlug, string AssignmentSlug) : IRequest<PeerReviewing>;

/// <param name="ReviewsDueOn">A day of the cohort's calendar (<paramref name="CohortTimeZone"/>).</param>
/// <param name="Given">Reviews sent and not hidden by an instructor: those that count.</param>
/// <param name="Claim">The reflection the learner is reviewing now, if any (its claim may have lapsed and still be theirs).</param>
public sealed record PeerReviewing(
    string CohortSlug, ReflectionAssignment Assignment, string CohortTimeZone, int ReviewsToGive, bool IsAnonymous, DateOnly? ReviewsDueOn,
    int ClaimHours, bool HasSubmitted, int Given, OpenPeerClaim? Claim, IReadOnlyList<GivenPeerReview> Sent);

public sealed record OpenPeerClaim(Guid ReviewId, DateTimeOffset ClaimExpiresAt, string? AuthorName);

/// <param name="AuthorName">The reviewed reflection's author, only when the review was named.</param>
/// <param name="IsHidden">Hidden by an instructor: the author does not see it and it does not count.</param>
public sealed record GivenPeerReview(Guid ReviewId, DateTimeOffset SubmittedAt, string? AuthorName, bool IsHidden);

internal sealed class GetPeerReviewingHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser)
    : IRequestHandler<GetPeerReviewing, PeerReviewing>
{
    public async Task<PeerReviewing> Handle(GetPeerReviewing request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.ReadableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        if (cohort.Role != CohortRole.Learner)
        {
            throw new NotFoundException($"Only learners of {cohort.CohortSlug} review their peers.");
        }

        // One command: the settings, whether the learner submitted, and their reviews.
        var me = currentUser.UserId;
        var row = await data.PeerReviewSettings.AsNoTracking()
            .Where(s => s.CohortSlug == cohort.CohortSlug && s.AssignmentSlug == assignment.Slug && s.IsOn)
            .Select(s => new
            {
                s.ReviewsToGive, s.IsAnonymous, s.ReviewsDueOn, s.ClaimHours,
                HasSubmitted = data.Reflections.Any(r => r.CohortSlug == s.CohortSlug && r.AssignmentSlug == s.AssignmentSlug && r.UserId == me && r.SubmittedAt != null),
                Mine = data.PeerReviews
                    .Where(review => review.CohortSlug == s.CohortSlug && review.AssignmentSlug == s.AssignmentSlug && review.ReviewerId == me)
                    .Join(data.Reflections, review => review.ReflectionId, reflection => reflection.Id, (review, reflection) => new
                    {
                        review.Id, review.ClaimExpiresAt, review.SubmittedAt, review.IsHidden, review.ClaimedAt,
                        AuthorName = review.IsAnonymous ? null : reflection.AuthorName,
                    })
                    .OrderBy(review => review.ClaimedAt)
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Peer review of {assignment.Slug} in {cohort.CohortSlug} is not on.");
        var claim = row.Mine.FirstOrDefault(review => review.SubmittedAt is null);
        return new PeerReviewing(cohort.CohortSlug, assignment, cohort.TimeZone, row.ReviewsToGive, row.IsAnonymous, row.ReviewsDueOn,
            row.ClaimHours, row.HasSubmitted, row.Mine.Count(review => review.SubmittedAt is not null && !review.IsHidden),
            claim is null ? null : new OpenPeerClaim(claim.Id, claim.ClaimExpiresAt, claim.AuthorName),
            row.Mine.Where(review => review.SubmittedAt is not null)
                .Select(review => new GivenPeerReview(review.Id, review.SubmittedAt!.Value, review.AuthorName, review.IsHidden)).ToList());
    }
}
