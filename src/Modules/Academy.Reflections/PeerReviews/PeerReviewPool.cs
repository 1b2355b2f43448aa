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

    /// <summary>How many of the submissions with the fewest reviews a claim chooses among after losing a race.</summary>
    private const int Spread = 8;

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
        await EnsureSubmittedAsync(settings.CohortSlug, settings.AssignmentSlug, reviewerId, cancellationToken);

        var held = await OpenClaimAsync(settings, reviewerId, cancellationToken);
        if (held is not null && await RenewedAsync(held, settings, now, cancellationToken))
        {
            return held.Id;
        }

        return await TakeSlotAsync(settings, reviewerId, reviewerName, assignedByInstructor: false, async attempt =>
        {
            var fewest = await Submissions(settings)
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
                .OrderBy(c => c.Held).ThenBy(c => c.SubmittedAt).ThenBy(c => c.Id) // not c.Submission.ReflectionId: a record built by its constructor cannot be ordered by in SQL
                .Take(Spread)
                .ToListAsync(cancellationToken);
            if (fewest.Count == 0)
            {
                throw new RuleViolation(t["There is no reflection for you to review right now: you have reviewed or are reviewing every one there is. Late submissions join as they arrive."]);
            }

            // The oldest of those with the fewest reviews; after a lost race any of them, so that reviewers racing each
            // other do not all make for the same one again.
            var tied = fewest.Where(c => c.Held == fewest[0].Held).ToList();
            var candidate = attempt == 0 ? tied[0] : tied[Random.Shared.Next(tied.Count)];
            return new FreeSlot(candidate.Submission, candidate.LastSlot, candidate.LapsedId);
        }, now, cancellationToken);
    }

    /// <summary>Whether the learner has submitted their own reflection on the assignment: only they review their peers'.</summary>
    public Task<bool> HasSubmittedAsync(string cohortSlug, string assignmentSlug, string userId, CancellationToken cancellationToken) =>
        data.Reflections.AnyAsync(r => r.CohortSlug == cohortSlug && r.AssignmentSlug == assignmentSlug && r.UserId == userId && r.SubmittedAt != null,
            cancellationToken);

    /// <summary>Refuses a reviewer who has not submitted their own reflection, in their language.</summary>
    public async Task EnsureSubmittedAsync(string cohortSlug, string assignmentSlug, string reviewerId, CancellationToken cancellationToken)
    {
        if (!await HasSubmittedAsync(cohortSlug, assignmentSlug, reviewerId, cancellationToken))
        {
            throw new RuleViolation(t["Submit your own reflection first: reviewing opens to those who have."]);
        }
    }

    /// <summary>The reviewer's unsent claim on the assignment, if any: there is at most one (a unique index).</summary>
    private Task<PeerReview?> OpenClaimAsync(PeerReviewSettings settings, string reviewerId, CancellationToken cancellationToken) =>
        data.PeerReviews.SingleOrDefaultAsync(r => r.CohortSlug == settings.CohortSlug && r.AssignmentSlug == settings.AssignmentSlug && r.OpenClaimOf == reviewerId,
            cancellationToken);

    /// <summary>
    /// An instructor gives this submission to the reviewer to review: a claim marked as assigned, in the slot of a claim that
    /// lapsed or the next one. Whether the reviewer may review it is the caller's to check. A lapsed claim of the reviewer's
    /// own on it is simply theirs again.
    /// </summary>
    public async Task<Guid> AssignAsync(PeerReviewSettings settings, ReviewedSubmission submission, string reviewerId, string reviewerName,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await OpenClaimAsync(settings, reviewerId, cancellationToken);
        if (open?.ReflectionId == submission.ReflectionId && await RenewedAsync(open, settings, now, cancellationToken))
        {
            return open.Id;
        }

        if (open is not null && open.ReflectionId != submission.ReflectionId)
        {
            if (open.HoldsSlot(now))
            {
                throw new InvalidOperationException($"{reviewerId} is reviewing another reflection: the caller checks that first.");
            }

            // Their claim on another reflection lapsed: its slot goes back to the pool, and this one is theirs.
            data.PeerReviews.Remove(open);
            await data.SaveChangesAsync(cancellationToken);
        }

        return await TakeSlotAsync(settings, reviewerId, reviewerName, assignedByInstructor: true, async _ =>
        {
            // A reflection has a handful of claims: read them all in one go.
            var slots = await data.PeerReviews.AsNoTracking().Where(review => review.ReflectionId == submission.ReflectionId)
                .Select(review => new { review.Id, review.Slot, review.SubmittedAt, review.ClaimExpiresAt })
                .ToListAsync(cancellationToken);
            return new FreeSlot(submission, slots.Select(review => review.Slot).DefaultIfEmpty(0).Max(),
                slots.Where(review => review.SubmittedAt == null && review.ClaimExpiresAt <= now).OrderBy(review => review.Slot).Select(review => (Guid?)review.Id).FirstOrDefault());
        }, now, cancellationToken);
    }

    /// <summary>
    /// Takes the slot <paramref name="find"/> chose for the reviewer: the lapsed claim's if there is one, otherwise the next.
    /// Losing a race for it (a unique slot, or the lapsed claim's version) means asking <paramref name="find"/> again.
    /// </summary>
    private async Task<Guid> TakeSlotAsync(PeerReviewSettings settings, string reviewerId, string reviewerName, bool assignedByInstructor,
        Func<int, Task<FreeSlot>> find, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < ClaimAttempts; attempt++)
        {
            var slot = await find(attempt);
            var claim = slot.LapsedId is { } lapsedId ? await data.PeerReviews.SingleAsync(review => review.Id == lapsedId, cancellationToken) : null;
            if (claim is not null && !claim.HoldsSlot(now))
            {
                claim.TakeOver(reviewerId, reviewerName, settings.IsAnonymous, now, settings.ClaimLasts, assignedByInstructor);
            }
            else
            {
                if (claim is not null)
                {
                    data.Forget(claim); // taken a moment ago: a next attempt must read it afresh
                }

                claim = new PeerReview(slot.Submission, slot.LastSlot + 1, reviewerId, reviewerName, settings.IsAnonymous, assignedByInstructor, now,
                    settings.ClaimLasts);
                data.PeerReviews.Add(claim);
            }

            try
            {
                await data.SaveChangesAsync(cancellationToken);
                return claim.Id;
            }
            catch (DbUpdateException)
            {
                // Another reviewer took that slot a moment earlier (look again), or the same reviewer's other click took one
                // (that claim is the answer to both).
                data.Forget(claim);
                if (!assignedByInstructor && await OpenClaimAsync(settings, reviewerId, cancellationToken) is { } theirs)
                {
                    return theirs.Id;
                }
            }
        }

        throw new RuleViolation(t["Many reviewers are asking at once. Try again in a moment."]);
    }

    /// <summary>
    /// The reviewer's own claim not yet sent, renewed for the full time if it lapsed; false when another reviewer took it
    /// over (or it was sent) at that very moment, and the reviewer needs another slot.
    /// </summary>
    private async Task<bool> RenewedAsync(PeerReview claim, PeerReviewSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (claim.ClaimExpiresAt > now)
        {
            return true;
        }

        try
        {
            claim.Renew(now, settings.ClaimLasts);
            await data.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            data.Forget(claim);
            return false;
        }
    }

    /// <summary>Where a new claim on a submission goes: its last slot so far (0 for none), and the first claim on it that lapsed unsent.</summary>
    private sealed record FreeSlot(ReviewedSubmission Submission, int LastSlot, Guid? LapsedId);
}
