using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Reflections.Review;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.PeerReviews;

/// <summary>
/// A cohort's instructor (or an admin) gives one submitted reflection to one learner to review: a claim like the one the
/// learner would get by asking, marked as assigned. Returns the claim; the learner is told where to write the review.
/// </summary>
public sealed record AssignPeerReview(string CohortSlug, string AssignmentSlug, Guid? ReflectionId, string LearnerId) : IRequest<Guid>;

internal sealed class AssignPeerReviewValidator : AbstractValidator<AssignPeerReview>
{
    public AssignPeerReviewValidator(IStringLocalizer<ReflectionsText> t)
    {
        RuleFor(request => request.ReflectionId).NotEmpty().WithMessage(_ => t["Choose a reflection to review."]);
        RuleFor(request => request.LearnerId).NotEmpty().WithMessage(_ => t["Choose a learner."]);
    }
}

internal sealed class AssignPeerReviewHandler(
    IReflectionsData data, PeerReviewPool pool, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<AssignPeerReview, Guid>
{
    public async Task<Guid> Handle(AssignPeerReview request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignment = (await mediator.AssignmentsAsync(cohort, cancellationToken)).SingleOrDefault(a => a.Slug == request.AssignmentSlug)
            ?? throw new NotFoundException($"No assignment {request.AssignmentSlug} in {cohort.CohortSlug}.");
        var settings = await data.PeerReviewSettings.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CohortSlug == cohort.CohortSlug && s.AssignmentSlug == assignment.Slug && s.IsOn, cancellationToken)
            ?? throw new RuleViolation(t["Switch peer review on before assigning reviews."]);
        var learner = (await mediator.Send(new GetCohortMembers(cohort.CohortSlug), cancellationToken))
            .SingleOrDefault(member => member.UserId == request.LearnerId && member.Role == CohortRole.Learner)
            ?? throw new RuleViolation(t["Choose a learner of this cohort."], nameof(request.LearnerId));
        var submission = await pool.Submissions(settings).AsNoTracking()
            .Where(r => r.Id == request.ReflectionId)
            .Select(r => new ReviewedSubmission(r.Id, r.CohortSlug, r.AssignmentSlug, r.UserId))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new RuleViolation(t["Choose a submitted reflection that peers review."], nameof(request.ReflectionId));
        if (submission.AuthorId == learner.UserId)
        {
            throw new RuleViolation(t["{0} wrote this reflection: choose another learner to review it.", learner.DisplayName], nameof(request.LearnerId));
        }

        var now = clock.GetUtcNow();
        var learnerSubmitted = await pool.HasSubmittedAsync(cohort.CohortSlug, assignment.Slug, learner.UserId, cancellationToken);
        if (!learnerSubmitted)
        {
            throw new RuleViolation(t["{0} has not submitted their own reflection yet: only those who have can review.", learner.DisplayName], nameof(request.LearnerId));
        }

        // A claim of theirs that lapsed while nobody took it does not stand in the way: the pool gives it back to them.
        if (await data.PeerReviews.AnyAsync(r => r.ReflectionId == submission.ReflectionId && r.ReviewerId == learner.UserId
                                                 && (r.SubmittedAt != null || r.ClaimExpiresAt > now), cancellationToken))
        {
            throw new RuleViolation(t["{0} is already reviewing this reflection or has reviewed it.", learner.DisplayName], nameof(request.LearnerId));
        }

        if (await data.PeerReviews.AnyAsync(r => r.CohortSlug == cohort.CohortSlug && r.AssignmentSlug == assignment.Slug && r.OpenClaimOf == learner.UserId
                                                 && r.ReflectionId != submission.ReflectionId && r.ClaimExpiresAt > now, cancellationToken))
        {
            throw new RuleViolation(t["{0} is reviewing another reflection right now: assign this one once they have sent that review.", learner.DisplayName],
                nameof(request.LearnerId));
        }

        var claim = await pool.AssignAsync(settings, submission, learner.UserId, learner.DisplayName, cancellationToken);

        // The author is not named: an anonymous review hides them from the reviewer until the page says otherwise.
        var instructor = currentUser.DisplayName ?? "Your instructor";
        await mediator.Publish(new MembersNotified([learner.UserId], currentUser.UserId, instructor,
            new Words(typeof(ReflectionsText), "{0} asked you to review a peer's reflection on “{1}”", instructor, assignment.Title),
            $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}/peer-review/{claim}", NotificationKind.ReflectionFeedback, cohort.CohortSlug),
            cancellationToken);
        return claim;
    }
}
