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

/// <summary>A cohort's instructor (or an admin) switches peer review of an assignment on or off and sets how it works.</summary>
public sealed record ChangePeerReviewSettings(
    string CohortSlug, string AssignmentSlug, bool IsOn, int ReviewsPerSubmission, int ReviewsToGive, bool IsAnonymous, DateOnly? ReviewsDueOn,
    bool ShowsPeerScores, bool RevealsAfterGiving, bool IncludesPrivateReflections, int ClaimHours) : IRequest;

internal sealed class ChangePeerReviewSettingsValidator : AbstractValidator<ChangePeerReviewSettings>
{
    public const int MostReviews = 10;
    public const int LongestClaimHours = 14 * 24;

    public ChangePeerReviewSettingsValidator(IStringLocalizer<ReflectionsText> t)
    {
        RuleFor(request => request.ReviewsPerSubmission).InclusiveBetween(1, MostReviews)
            .WithMessage(_ => t["Choose from {0} to {1} reviews.", 1, MostReviews]);
        RuleFor(request => request.ReviewsToGive).InclusiveBetween(1, MostReviews)
            .WithMessage(_ => t["Choose from {0} to {1} reviews.", 1, MostReviews]);
        RuleFor(request => request.ClaimHours).InclusiveBetween(1, LongestClaimHours)
            .WithMessage(_ => t["Choose from {0} to {1} hours.", 1, LongestClaimHours]);
    }
}

internal sealed class ChangePeerReviewSettingsHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock,
    IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<ChangePeerReviewSettings, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangePeerReviewSettings request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignment = (await mediator.AssignmentsAsync(cohort, cancellationToken)).SingleOrDefault(a => a.Slug == request.AssignmentSlug)
            ?? throw new NotFoundException($"No assignment {request.AssignmentSlug} in {cohort.CohortSlug}.");
        if (request.ReviewsDueOn is { } dueOn && dueOn < assignment.DueOn)
        {
            throw new RuleViolation(t["Reviews can be due on the reflections' due date ({0}) or later.", assignment.DueOn.ToString(t["d MMMM yyyy"], System.Globalization.CultureInfo.CurrentCulture)],
                nameof(ChangePeerReviewSettings.ReviewsDueOn));
        }

        var settings = await data.PeerReviewSettings
            .SingleOrDefaultAsync(s => s.CohortSlug == cohort.CohortSlug && s.AssignmentSlug == assignment.Slug, cancellationToken);
        if (settings is null)
        {
            settings = new PeerReviewSettings(cohort.CohortSlug, assignment.Slug);
            data.PeerReviewSettings.Add(settings);
        }

        settings.Change(request.IsOn, request.ReviewsPerSubmission, request.ReviewsToGive, request.IsAnonymous, request.ReviewsDueOn, request.ShowsPeerScores,
            request.RevealsAfterGiving, request.IncludesPrivateReflections, request.ClaimHours, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
