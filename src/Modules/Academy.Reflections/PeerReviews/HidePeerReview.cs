using Academy.Reflections.Data;
using Academy.Reflections.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.PeerReviews;

/// <summary>
/// A cohort's instructor (or an admin) hides a sent peer review as inappropriate, or shows it again. A hidden review is
/// no longer shown to its author and no longer counts toward the reviews its reflection should get.
/// </summary>
public sealed record HidePeerReview(string CohortSlug, string AssignmentSlug, Guid ReviewId, bool Hidden) : IRequest;

internal sealed class HidePeerReviewHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<HidePeerReview, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(HidePeerReview request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var review = await data.PeerReviews
            .SingleOrDefaultAsync(r => r.Id == request.ReviewId && r.CohortSlug == cohort.CohortSlug && r.AssignmentSlug == request.AssignmentSlug, cancellationToken)
            ?? throw new NotFoundException($"No peer review {request.ReviewId} of {request.AssignmentSlug} in {cohort.CohortSlug}.");
        if (!review.IsSubmitted)
        {
            throw new RuleViolation(t["Only a review that was sent can be hidden."]);
        }

        if (request.Hidden)
        {
            review.Hide(currentUser.DisplayName ?? string.Empty);
        }
        else
        {
            review.Show();
        }

        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
