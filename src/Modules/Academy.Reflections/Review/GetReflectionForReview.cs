using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Review;

/// <summary>One submitted reflection with its assignment and rubric, for reviewing.</summary>
public sealed record GetReflectionForReview(string CohortSlug, Guid ReflectionId) : IRequest<ReflectionForReview>;

public sealed record ReflectionForReview(
    string CohortSlug, Guid Id, string LearnerName, ReflectionAssignment Assignment, ReflectionStatus Status,
    string SubmittedHtml, DateTimeOffset? SubmittedAt, bool IsLate, int Version, IReadOnlyList<int> Scores, string FeedbackMarkdown,
    string SubmittedMarkdown, string? PreviousMarkdown);

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
