using System.Linq.Expressions;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
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
    /// <summary>
    /// One command: the assignment's peer-review settings while it is on, whether the learner submitted, and their
    /// reviews (claims and sent ones), oldest claim first. Compiled once for the app (<see cref="Data.ReflectionsQueries"/>):
    /// every learner of a cohort with peer review opens this page.
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string, string, IQueryable<PeerReviewingRow>>> PeerReviewingQuery =
        (db, cohortSlug, assignmentSlug, me) => db.Set<PeerReviewSettings>().AsNoTracking()
            .Where(s => s.CohortSlug == cohortSlug && s.AssignmentSlug == assignmentSlug && s.IsOn)
            .Select(s => new PeerReviewingRow(
                s.ReviewsToGive, s.IsAnonymous, s.ReviewsDueOn, s.ClaimHours,
                db.Set<Reflection>().Any(r => r.CohortSlug == s.CohortSlug && r.AssignmentSlug == s.AssignmentSlug && r.UserId == me && r.SubmittedAt != null),
                (from review in db.Set<PeerReview>()
                    where review.CohortSlug == s.CohortSlug && review.AssignmentSlug == s.AssignmentSlug && review.ReviewerId == me
                    join reflection in db.Set<Reflection>() on review.ReflectionId equals reflection.Id
                    orderby review.ClaimedAt
                    select new MyPeerReviewRow(review.Id, review.ClaimExpiresAt, review.SubmittedAt, review.IsHidden, review.ClaimedAt,
                        review.IsAnonymous ? null : reflection.AuthorName))
                    .ToList()));

    public async Task<PeerReviewing> Handle(GetPeerReviewing request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.ReadableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        if (cohort.Role != CohortRole.Learner)
        {
            throw new NotFoundException($"Only learners of {cohort.CohortSlug} review their peers.");
        }

        var row = await data.PeerReviewingOf(cohort.CohortSlug, assignment.Slug, currentUser.UserId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Peer review of {assignment.Slug} in {cohort.CohortSlug} is not on.");
        var claim = row.Mine.FirstOrDefault(review => review.SubmittedAt is null);
        return new PeerReviewing(cohort.CohortSlug, assignment, cohort.TimeZone, row.ReviewsToGive, row.IsAnonymous, row.ReviewsDueOn,
            row.ClaimHours, row.HasSubmitted, row.Mine.Count(review => review.SubmittedAt is not null && !review.IsHidden),
            claim is null ? null : new OpenPeerClaim(claim.Id, claim.ClaimExpiresAt, claim.AuthorName),
            row.Mine.Where(review => review.SubmittedAt is not null)
                .Select(review => new GivenPeerReview(review.Id, review.SubmittedAt!.Value, review.AuthorName, review.IsHidden)).ToList());
    }
}

/// <summary>A learner's peer reviewing on an assignment, as <see cref="GetPeerReviewingHandler.PeerReviewingQuery"/> reads it.</summary>
internal sealed record PeerReviewingRow(int ReviewsToGive, bool IsAnonymous, DateOnly? ReviewsDueOn, int ClaimHours, bool HasSubmitted, List<MyPeerReviewRow> Mine);

/// <summary>A review the learner claimed: sent when <see cref="SubmittedAt"/> is set.</summary>
internal sealed record MyPeerReviewRow(Guid Id, DateTimeOffset ClaimExpiresAt, DateTimeOffset? SubmittedAt, bool IsHidden, DateTimeOffset ClaimedAt, string? AuthorName);
