using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Review;

/// <summary>The instructor's decision: a level per rubric criterion (its points, in rubric order), feedback, and complete or return for revision.</summary>
public sealed record ReviewReflection(string CohortSlug, Guid ReflectionId, IReadOnlyList<int> Scores, string Feedback, bool Complete) : IRequest;

internal sealed class ReviewReflectionValidator : AbstractValidator<ReviewReflection>
{
    public ReviewReflectionValidator(IStringLocalizer<ReflectionsText> t) => RuleFor(request => request.Feedback)
        .MaximumLength(20_000).WithMessage(_ => t["Keep the feedback to {0} characters.", 20_000.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]);
}

internal sealed class ReviewReflectionHandler(
    IReflectionsData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<ReviewReflection, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ReviewReflection request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var reflection = await data.Reflections
            .SingleOrDefaultAsync(r => r.Id == request.ReflectionId && r.CohortSlug == cohort.CohortSlug, cancellationToken)
            ?? throw new NotFoundException($"Reflection {request.ReflectionId} is not in {request.CohortSlug}.");
        var assignment = (await mediator.AssignmentsAsync(cohort, cancellationToken)).SingleOrDefault(a => a.Slug == reflection.AssignmentSlug)
            ?? throw new NotFoundException($"Assignment {reflection.AssignmentSlug} is no longer in the course.");

        // A level must be chosen for every criterion, and only the rubric's own points count.
        var failures = assignment.Rubric
            .Select((criterion, index) => (criterion, index))
            .Where(item => item.index >= request.Scores.Count || !item.criterion.Levels.Any(level => level.Points == request.Scores[item.index]))
            .Select(item => new RuleMessage($"Scores[{item.index}]", t["Choose a level for “{0}”.", item.criterion.Criterion]))
            .ToList();
        if (failures.Count > 0 || request.Scores.Count != assignment.Rubric.Count)
        {
            throw failures.Count > 0 ? new RuleViolation(failures) : new RuleViolation(t["Choose one level per criterion."]);
        }

        if (reflection.Status != ReflectionStatus.Submitted)
        {
            throw new RuleViolation(t[Reflection.NotSubmitted]);
        }

        var reviewer = currentUser.DisplayName ?? "Your instructor";
        reflection.Review(request.Scores, request.Feedback ?? string.Empty, markdown.RenderUserContent(request.Feedback ?? string.Empty).Html,
            request.Complete, reviewer, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        await mediator.Publish(new MembersNotified([reflection.UserId], currentUser.UserId, reviewer,
            request.Complete
                ? new Words(typeof(ReflectionsText), "{0} reviewed your reflection “{1}”: {2} of {3} points", reviewer, assignment.Title, request.Scores.Sum(), assignment.MaxPoints)
                : new Words(typeof(ReflectionsText), "{0} returned your reflection “{1}” for revision", reviewer, assignment.Title),
            $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}", NotificationKind.ReflectionFeedback, cohort.CohortSlug), cancellationToken);
        return MediatR.Unit.Value;
    }
}
