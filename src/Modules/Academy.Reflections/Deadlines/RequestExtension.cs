using System.Globalization;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Deadlines;

/// <summary>A learner asks for more time on one assignment, saying until when and why.</summary>
public sealed record RequestExtension(string CohortSlug, string AssignmentSlug, DateOnly? Until, string Reason) : IRequest;

internal sealed class RequestExtensionValidator : AbstractValidator<RequestExtension>
{
    public RequestExtensionValidator(IStringLocalizer<ReflectionsText> t)
    {
        RuleFor(request => request.Until).NotNull().WithMessage(_ => t["Say until when you need."]);
        RuleFor(request => request.Reason)
            .Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage(_ => t["Tell your instructor briefly why you need more time."])
            .MaximumLength(1000).WithMessage(_ => t["Keep the reason to {0} characters.", 1000.ToString("N0", CultureInfo.CurrentCulture)]);
    }
}

internal sealed class RequestExtensionHandler(
    IReflectionsData data, ReflectionContext context, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<RequestExtension, MediatR.Unit>
{
    /// <summary>An extension until a day not after the due date gives nothing (shared with <see cref="GrantExtensionHandler"/>).</summary>
    public const string AfterDueDate = "Choose a date after the due date, {0}.";

    public async Task<MediatR.Unit> Handle(RequestExtension request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.WritableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var reflection = await data.FindOrStartAsync(cohort, assignment, currentUser, cancellationToken);
        var dueOn = reflection.DeadlineFor(new Deadline(assignment.DueOn, assignment.CutOffOn)).DueOn;
        if (request.Until <= dueOn)
        {
            throw new RuleViolation(t[AfterDueDate, dueOn.ToString(t["d MMMM yyyy"], CultureInfo.CurrentCulture)], nameof(request.Until));
        }

        if (!reflection.IsEditable)
        {
            throw new RuleViolation(t[Reflection.AlreadySubmitted]);
        }

        reflection.RequestExtension(request.Until!.Value, request.Reason.Trim(), clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);

        var instructors = (await mediator.Send(new GetCohortMembers(cohort.CohortSlug), cancellationToken))
            .Where(member => member.Role == CohortRole.Instructor).Select(member => member.UserId).ToList();
        var learner = currentUser.DisplayName ?? "A learner";
        await mediator.Publish(new MembersNotified(instructors, currentUser.UserId, learner,
            new Words(typeof(ReflectionsText), "{0} asks for more time on “{1}”, until {2}", learner, assignment.Title, new CalendarDay(request.Until!.Value)),
            $"/cohorts/{cohort.CohortSlug}/reflections/review", NotificationKind.Other, cohort.CohortSlug), cancellationToken);
        return MediatR.Unit.Value;
    }
}
