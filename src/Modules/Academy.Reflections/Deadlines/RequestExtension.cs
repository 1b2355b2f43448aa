using Academy.Contracts.Cohorts;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Academy.Contracts.Localization;
using Academy.Reflections.Resources;

namespace Academy.Reflections.Deadlines;

/// <summary>A learner asks for more time on one assignment, saying until when and why.</summary>
public sealed record RequestExtension(string CohortSlug, string AssignmentSlug, DateOnly? Until, string Reason) : IRequest;

internal sealed class RequestExtensionValidator : AbstractValidator<RequestExtension>
{
    public RequestExtensionValidator()
    {
        RuleFor(request => request.Until).NotNull().WithMessage("Say until when you need.");
        RuleFor(request => request.Reason)
            .Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage("Tell your instructor briefly why you need more time.")
            .MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
    }
}

internal sealed class RequestExtensionHandler(IReflectionsData data, ReflectionContext context, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<RequestExtension, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RequestExtension request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.WritableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var reflection = await data.FindOrStartAsync(cohort, assignment, currentUser, cancellationToken);
        var dueOn = reflection.DeadlineFor(new Deadline(assignment.DueOn, assignment.CutOffOn)).DueOn;
        if (request.Until <= dueOn)
        {
            throw new RuleViolation($"Choose a date after the due date, {dueOn:d MMMM yyyy}.", nameof(request.Until));
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
