using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Review;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Deadlines;

/// <summary>For the cohort's instructors: every assignment's dates, the cohort's learners, and the extensions granted.</summary>
public sealed record GetDeadlines(string CohortSlug) : IRequest<DeadlinesView>;

public sealed record DeadlinesView(
    string CohortSlug, string CohortName, IReadOnlyList<ReflectionAssignment> Assignments,
    IReadOnlyList<CohortMemberName> Learners, IReadOnlyList<GrantedExtension> Extensions);

public sealed record GrantedExtension(string LearnerName, string AssignmentTitle, DateOnly Until);

/// <summary>A learner asks for more time on one assignment, saying until when and why.</summary>
public sealed record RequestExtension(string CohortSlug, string AssignmentSlug, DateOnly? Until, string Reason) : IRequest;

/// <summary>An instructor gives a learner until a date for one assignment (answering a request, or unasked).</summary>
public sealed record GrantExtension(string CohortSlug, string AssignmentSlug, string LearnerId, DateOnly? Until) : IRequest;

/// <summary>An instructor turns down a learner's request for more time; the learner is told, the due date stays.</summary>
public sealed record DeclineExtension(string CohortSlug, Guid ReflectionId) : IRequest;

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

internal sealed class GrantExtensionValidator : AbstractValidator<GrantExtension>
{
    public GrantExtensionValidator()
    {
        RuleFor(request => request.LearnerId).NotEmpty().WithMessage("Choose a learner.");
        RuleFor(request => request.AssignmentSlug).NotEmpty().WithMessage("Choose an assignment.");
        RuleFor(request => request.Until).NotNull().WithMessage("Choose the new date.");
    }
}

internal sealed class GetDeadlinesHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetDeadlines, DeadlinesView>
{
    public async Task<DeadlinesView> Handle(GetDeadlines request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignments = await mediator.AssignmentsAsync(cohort, cancellationToken);
        var learners = (await mediator.Send(new GetCohortMembers(cohort.CohortSlug), cancellationToken))
            .Where(member => member.Role == CohortRole.Learner).ToList();
        var titles = assignments.ToDictionary(a => a.Slug, a => a.Title);
        var extensions = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && r.ExtendedUntil != null)
            .OrderBy(r => r.AuthorName)
            .Select(r => new { r.AuthorName, r.AssignmentSlug, r.ExtendedUntil })
            .ToListAsync(cancellationToken);
        return new DeadlinesView(cohort.CohortSlug, cohort.CohortName, assignments, learners, extensions
            .Where(e => titles.ContainsKey(e.AssignmentSlug))
            .Select(e => new GrantedExtension(e.AuthorName, titles[e.AssignmentSlug], e.ExtendedUntil!.Value))
            .ToList());
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
            $"{learner} asks for more time on “{assignment.Title}”, until {request.Until:d MMMM}",
            $"/cohorts/{cohort.CohortSlug}/reflections/review"), cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class GrantExtensionHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GrantExtension, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(GrantExtension request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignment = (await mediator.AssignmentsAsync(cohort, cancellationToken)).SingleOrDefault(a => a.Slug == request.AssignmentSlug)
            ?? throw new RuleViolation("Choose an assignment of this course.", nameof(request.AssignmentSlug));
        var learner = (await mediator.Send(new GetCohortMembers(cohort.CohortSlug), cancellationToken))
            .SingleOrDefault(member => member.UserId == request.LearnerId && member.Role == CohortRole.Learner)
            ?? throw new RuleViolation("Choose a learner of this cohort.", nameof(request.LearnerId));
        if (request.Until <= assignment.DueOn)
        {
            throw new RuleViolation($"Choose a date after the due date, {assignment.DueOn:d MMMM yyyy}.", nameof(request.Until));
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
            $"{instructor} gave you until {request.Until:d MMMM} for “{assignment.Title}”",
            $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}"), cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class DeclineExtensionHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<DeclineExtension, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeclineExtension request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var reflection = await data.Reflections
            .SingleOrDefaultAsync(r => r.Id == request.ReflectionId && r.CohortSlug == cohort.CohortSlug && r.ExtensionRequestedUntil != null, cancellationToken)
            ?? throw new NotFoundException($"No open extension request {request.ReflectionId} in {request.CohortSlug}.");
        reflection.DeclineExtension();
        await data.SaveChangesAsync(cancellationToken);
        var instructor = currentUser.DisplayName ?? "Your instructor";
        await mediator.Publish(new MembersNotified([reflection.UserId], currentUser.UserId, instructor,
            $"{instructor} could not give you more time on a reflection: the due date stays",
            $"/cohorts/{cohort.CohortSlug}/reflections/{reflection.AssignmentSlug}"), cancellationToken);
        return MediatR.Unit.Value;
    }
}
