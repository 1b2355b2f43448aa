using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.PeerReviews;

/// <summary>
/// The reflections of an assignment that peers review, and how a reviewer gets one: the submission with the fewest
/// reviews (sent, or claimed and not lapsed) that is not their own and not one they already reviewed. A new claim takes
/// the next slot of the reflection, or the slot of a claim that lapsed; the database refuses two claims of one slot, and
/// the loser of such a race simply asks again.
/// </summary>
internal sealed class PeerReviewPool(IReflectionsData data, TimeProvider clock, IStringLocalizer<ReflectionsText> t)
{
    private const int ClaimAttempts = 8;

    /// <summary>The assignment's settings when its peer review is on; not found otherwise.</summary>
    public async Task<PeerReviewSettings> SwitchedOnAsync(Enrolment cohort, ReflectionAssignment assignment, CancellationToken cancellationToken) =>
        await data.PeerReviewSettings.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CohortSlug == cohort.CohortSlug && s.AssignmentSlug == assignment.Slug && s.IsOn, cancellationToken)
        ?? throw new NotFoundException($"Peer review of {assignment.Slug} in {cohort.CohortSlug} is not on.");

    /// <summary>The submitted reflections of the assignment that its peer review covers.</summary>
    public IQueryable<Reflection> Submissions(PeerReviewSettings settings) => data.Reflections
        .Where(r => r.CohortSlug == settings.CohortSlug && r.AssignmentSlug == settings.AssignmentSlug && r.SubmittedAt != null
                    && (settings.IncludesPrivateReflections || r.Audience == ReflectionAudience.Cohort));

    /// <summary>
    /// Gives the reviewer a reflection to review and returns their claim: the one they already hold if any (renewed if it
    /// lapsed while nobody took it), otherwise a new one. Refused when they have not submitted their own.
    /// </summary>
    public async Task<Guid> ClaimAsync(PeerReviewSettings settings, string reviewerId, string reviewerName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var submitted = await data.Reflections.AnyAsync(r => r.CohortSlug == settings.CohortSlug && r.AssignmentSlug == settings.AssignmentSlug
                                                             && r.UserId == reviewerId && r.SubmittedAt != null, cancellationToken);
        if (!submitted)
        {
            throw new RuleViolation(t["Submit your own reflection first: reviewing opens to those who have."]);
        }

        var held = await data.PeerReviews
            .Where(r => r.CohortSlug == settings.CohortSlug && r.AssignmentSlug == settings.AssignmentSlug && r.ReviewerId == reviewerId && r.SubmittedAt == null)
            .OrderBy(r => r.ClaimedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (held is not null)
        {
            if (held.ClaimExpiresAt <= now)
            {
                held.Renew(now, settings.ClaimLasts);
                await data.SaveChangesAsync(cancellationToken);
            }

            return held.Id;
        }

        for (var attempt = 0; attempt < ClaimAttempts; attempt++)
        {
            var candidate = await Submissions(settings)
                .Where(r => r.UserId != reviewerId && !data.PeerReviews.Any(review => review.ReflectionId == r.Id && review.ReviewerId == reviewerId))
                .Select(r => new
                {
                    r.Id,
                    Submission = new ReviewedSubmission(r.Id, r.CohortSlug, r.AssignmentSlug, r.UserId),
                    r.SubmittedAt,
                    Held = data.PeerReviews.Count(review => review.ReflectionId == r.Id && !review.IsHidden && (review.SubmittedAt != null || review.ClaimExpiresAt > now)),
                    LastSlot = data.PeerReviews.Where(review => review.ReflectionId == r.Id).Max(review => (int?)review.Slot) ?? 0,
                    LapsedId = data.PeerReviews.Where(review => review.ReflectionId == r.Id && review.SubmittedAt == null && review.ClaimExpiresAt <= now)
                        .OrderBy(review => review.Slot).Select(review => (Guid?)review.Id).FirstOrDefault(),
                })
                .OrderBy(c => c.Held).ThenBy(c => c.SubmittedAt).ThenBy(c => c.Id) // not the record's member: EF cannot order by it
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                throw new RuleViolation(t["There is no reflection for you to review right now: you have reviewed or are reviewing every one there is. Late submissions join as they arrive."]);
            }

            var claim = candidate.LapsedId is { } lapsedId ? await data.PeerReviews.SingleAsync(review => review.Id == lapsedId, cancellationToken) : null;
            if (claim is not null && !claim.HoldsSlot(now))
            {
                claim.TakeOver(reviewerId, reviewerName, settings.IsAnonymous, now, settings.ClaimLasts);
            }
            else
            {
                claim = new PeerReview(candidate.Submission, candidate.LastSlot + 1, reviewerId, reviewerName, settings.IsAnonymous,
                    assignedByInstructor: false, now, settings.ClaimLasts);
                data.PeerReviews.Add(claim);
            }

            try
            {
                await data.SaveChangesAsync(cancellationToken);
                return claim.Id;
            }
            catch (DbUpdateException)
            {
                // Another reviewer took that slot a moment earlier (a unique slot, or the lapsed claim's version): look again.
                data.Forget(claim);
            }
        }

        throw new RuleViolation(t["Many reviewers are asking at once. Try again in a moment."]);
    }
}
