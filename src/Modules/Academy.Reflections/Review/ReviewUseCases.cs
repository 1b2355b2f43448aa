using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Review;

/// <summary>For the cohort's instructors (and admins): submitted reflections waiting for review, oldest first.</summary>
public sealed record GetReviewQueue(string CohortSlug) : IRequest<ReviewQueue>;

public sealed record ReviewQueue(string CohortSlug, string CohortName, IReadOnlyList<WaitingReflection> Waiting, IReadOnlyList<ExtensionRequest> ExtensionRequests);

public sealed record WaitingReflection(Guid Id, string LearnerName, int ModuleNumber, string AssignmentTitle, DateTimeOffset SubmittedAt, bool IsLate, int Version);

public sealed record ExtensionRequest(
    Guid ReflectionId, string LearnerId, string LearnerName, string AssignmentSlug, int ModuleNumber, string AssignmentTitle,
    DateOnly DueOn, DateOnly RequestedUntil, string Reason, DateTimeOffset RequestedAt);

/// <summary>One submitted reflection with its assignment and rubric, for reviewing.</summary>
public sealed record GetReflectionForReview(string CohortSlug, Guid ReflectionId) : IRequest<ReflectionForReview>;

public sealed record ReflectionForReview(
    string CohortSlug, Guid Id, string LearnerName, ReflectionAssignment Assignment, ReflectionStatus Status,
    string SubmittedHtml, DateTimeOffset? SubmittedAt, bool IsLate, int Version, IReadOnlyList<int> Scores, string FeedbackMarkdown,
    string SubmittedMarkdown, string? PreviousMarkdown);

/// <summary>The instructor's decision: a level per rubric criterion (its points, in rubric order), feedback, and complete or return for revision.</summary>
public sealed record ReviewReflection(string CohortSlug, Guid ReflectionId, IReadOnlyList<int> Scores, string Feedback, bool Complete) : IRequest;

internal sealed class ReviewReflectionValidator : AbstractValidator<ReviewReflection>
{
    public ReviewReflectionValidator() => RuleFor(request => request.Feedback)
        .MaximumLength(20_000).WithMessage("Keep the feedback to 20,000 characters.");
}

internal static class Reviewers
{
    public static async Task<IReadOnlyList<ReflectionAssignment>> AssignmentsAsync(this IMediator mediator, Enrolment cohort, CancellationToken cancellationToken) =>
        await mediator.Send(new GetReflectionAssignments(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn), cancellationToken);
}

internal sealed class GetReviewQueueHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetReviewQueue, ReviewQueue>
{
    public async Task<ReviewQueue> Handle(GetReviewQueue request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignments = (await mediator.AssignmentsAsync(cohort, cancellationToken)).ToDictionary(a => a.Slug);
        // One query for both lists: what waits for a review and who asks for more time.
        var attention = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && (r.Status == ReflectionStatus.Submitted || r.ExtensionRequestedUntil != null))
            .Select(r => new
            {
                r.Id, r.UserId, r.AuthorName, r.AssignmentSlug, r.Status, r.SubmittedAt, r.IsLate, Version = r.Submissions.Count,
                r.ExtendedUntil, r.ExtensionRequestedUntil, r.ExtensionReason, r.ExtensionRequestedAt,
            })
            .ToListAsync(cancellationToken);
        var known = attention.Where(r => assignments.ContainsKey(r.AssignmentSlug)).ToList();
        return new ReviewQueue(cohort.CohortSlug, cohort.CohortName,
            known.Where(r => r.Status == ReflectionStatus.Submitted)
                .OrderBy(r => r.SubmittedAt)
                .Select(r => new WaitingReflection(r.Id, r.AuthorName, assignments[r.AssignmentSlug].ModuleNumber, assignments[r.AssignmentSlug].Title,
                    r.SubmittedAt!.Value, r.IsLate, r.Version))
                .ToList(),
            known.Where(r => r.ExtensionRequestedUntil is not null)
                .OrderBy(r => r.ExtensionRequestedAt)
                .Select(r =>
                {
                    var assignment = assignments[r.AssignmentSlug];
                    var dueOn = new Deadline(assignment.DueOn, assignment.CutOffOn).ExtendedTo(r.ExtendedUntil).DueOn;
                    return new ExtensionRequest(r.Id, r.UserId, r.AuthorName, assignment.Slug, assignment.ModuleNumber, assignment.Title,
                        dueOn, r.ExtensionRequestedUntil!.Value, r.ExtensionReason ?? string.Empty, r.ExtensionRequestedAt!.Value);
                })
                .ToList());
    }
}

internal sealed class GetReflectionForReviewHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetReflectionForReview, ReflectionForReview>
{
    public async Task<ReflectionForReview> Handle(GetReflectionForReview request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var reflection = await data.Reflections.AsNoTracking().Include(r => r.Submissions)
            .SingleOrDefaultAsync(r => r.Id == request.ReflectionId && r.CohortSlug == cohort.CohortSlug && r.Status != ReflectionStatus.Draft, cancellationToken)
            ?? throw new NotFoundException($"Reflection {request.ReflectionId} is not submitted in {request.CohortSlug}.");
        var assignment = (await mediator.AssignmentsAsync(cohort, cancellationToken)).SingleOrDefault(a => a.Slug == reflection.AssignmentSlug)
            ?? throw new NotFoundException($"Assignment {reflection.AssignmentSlug} is no longer in the course.");
        return new ReflectionForReview(cohort.CohortSlug, reflection.Id, reflection.AuthorName, assignment, reflection.Status, reflection.SubmittedHtml,
            reflection.SubmittedAt, reflection.IsLate, reflection.Submissions.Count, reflection.Scores, reflection.FeedbackMarkdown,
            reflection.SubmittedMarkdown, reflection.Submissions.OrderByDescending(s => s.Number).Skip(1).FirstOrDefault()?.Markdown);
    }
}

internal sealed class ReviewReflectionHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock)
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
            .Select(item => new RuleMessage($"Scores[{item.index}]", $"Choose a level for “{item.criterion.Criterion}”."))
            .ToList();
        if (failures.Count > 0 || request.Scores.Count != assignment.Rubric.Count)
        {
            throw failures.Count > 0 ? new RuleViolation(failures) : new RuleViolation("Choose one level per criterion.");
        }

        var reviewer = currentUser.DisplayName ?? "Your instructor";
        reflection.Review(request.Scores, request.Feedback ?? string.Empty, markdown.RenderUserContent(request.Feedback ?? string.Empty).Html,
            request.Complete, reviewer, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        await mediator.Publish(new MembersNotified([reflection.UserId], currentUser.UserId, reviewer,
            request.Complete
                ? $"{reviewer} reviewed your reflection “{assignment.Title}”: {request.Scores.Sum()} of {assignment.MaxPoints} points"
                : $"{reviewer} returned your reflection “{assignment.Title}” for revision",
            $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}"), cancellationToken);
        return MediatR.Unit.Value;
    }
}
