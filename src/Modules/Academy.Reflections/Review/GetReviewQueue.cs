using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Review;

/// <summary>For the cohort's instructors (and admins): submitted reflections waiting for review, oldest first.</summary>
public sealed record GetReviewQueue(string CohortSlug) : IRequest<ReviewQueue>;

public sealed record ReviewQueue(string CohortSlug, string CohortName, IReadOnlyList<WaitingReflection> Waiting, IReadOnlyList<ExtensionRequest> ExtensionRequests);

/// <param name="AssignmentLanguage">The language of the course's content, which the assignment's title is.</param>
public sealed record WaitingReflection(Guid Id, string LearnerName, int ModuleNumber, string AssignmentTitle, DateTimeOffset SubmittedAt, bool IsLate, int Version,
    string AssignmentLanguage);

public sealed record ExtensionRequest(
    Guid ReflectionId, string LearnerId, string LearnerName, string AssignmentSlug, int ModuleNumber, string AssignmentTitle,
    DateOnly DueOn, DateOnly RequestedUntil, string Reason, DateTimeOffset RequestedAt, string AssignmentLanguage);

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
                    r.SubmittedAt!.Value, r.IsLate, r.Version, assignments[r.AssignmentSlug].Language))
                .ToList(),
            known.Where(r => r.ExtensionRequestedUntil is not null)
                .OrderBy(r => r.ExtensionRequestedAt)
                .Select(r =>
                {
                    var assignment = assignments[r.AssignmentSlug];
                    var dueOn = new Deadline(assignment.DueOn, assignment.CutOffOn).ExtendedTo(r.ExtendedUntil).DueOn;
                    return new ExtensionRequest(r.Id, r.UserId, r.AuthorName, assignment.Slug, assignment.ModuleNumber, assignment.Title,
                        dueOn, r.ExtensionRequestedUntil!.Value, r.ExtensionReason ?? string.Empty, r.ExtensionRequestedAt!.Value, assignment.Language);
                })
                .ToList());
    }
}
