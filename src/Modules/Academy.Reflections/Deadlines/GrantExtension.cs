using System.Globalization;
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

namespace Academy.Reflections.Deadlines;

/// <summary>An instructor gives a learner until a date for one assignment (answering a request, or unasked).</summary>
public sealed record GrantExtension(string CohortSlug, string AssignmentSlug, string LearnerId, DateOnly? Until) : IRequest;

internal sealed class GrantExtensionValidator : AbstractValidator<GrantExtension>
{
    public GrantExtensionValidator(IStringLocalizer<ReflectionsText> t)
    {
        RuleFor(request => request.LearnerId).NotEmpty().WithMessage(_ => t["Choose a learner."]);
        RuleFor(request => request.AssignmentSlug).NotEmpty().WithMessage(_ => t["Choose an assignment."]);
        RuleFor(request => request.Until).NotNull().WithMessage(_ => t["Choose the new date."]);
    }
}

internal sealed class GrantExtensionHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<GrantExtension, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(GrantExtension request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignment = (await mediator.AssignmentsAsync(cohort, cancellationToken)).SingleOrDefault(a => a.Slug == request.AssignmentSlug)
            ?? throw new RuleViolation(t["Choose an assignment of this course."], nameof(request.AssignmentSlug));
        var learner = (await mediator.Send(new GetCohortMembers(cohort.CohortSlug), cancellationToken))
            .SingleOrDefault(member => member.UserId == request.LearnerId && member.Role == CohortRole.Learner)
            ?? throw new RuleViolation(t["Choose a learner of this cohort."], nameof(request.LearnerId));
        if (request.Until <= assignment.DueOn)
        {
            throw new RuleViolation(t[RequestExtensionHandler.AfterDueDate, assignment.DueOn.ToString(t["d MMMM yyyy"], CultureInfo.CurrentCulture)], nameof(request.Until));
        }

        var reflection = await data.Reflections
            .SingleOrDefaultAsync(r => r.CohortSlug == cohort.CohortSlug && r.UserId == learner.UserId && r.AssignmentSlug == assignment.Slug, cancellationToken);
        if (reflection is null)
        {
            reflection = new Reflection(cohort.CohortSlug, assignment.Slug, learner.UserId, learner.DisplayName);
            data.Reflections.Add(reflection);
        }

        reflection.GrantExtension(request.Until!.Value);
        await data.SaveChangesAsync(cancellationToken);
        var instructor = currentUser.DisplayName ?? "Your instructor";
        await mediator.Publish(new MembersNotified([learner.UserId], currentUser.UserId, instructor,
            new Words(typeof(ReflectionsText), "{0} gave you until {1} for “{2}”", instructor, new CalendarDay(request.Until!.Value), assignment.Title),
            $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}", NotificationKind.ReflectionFeedback, cohort.CohortSlug), cancellationToken);
        return MediatR.Unit.Value;
    }
}
