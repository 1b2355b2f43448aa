using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Writing;

/// <summary>Every reflection assignment of the cohort with the signed-in learner's status.</summary>
public sealed record GetMyReflections(string CohortSlug) : IRequest<MyReflections>;

public sealed record MyReflections(string CohortSlug, string CohortName, bool IsLearner, IReadOnlyList<MyReflectionLine> Assignments);

public sealed record MyReflectionLine(ReflectionAssignment Assignment, ReflectionProgress Progress, DateTimeOffset? SubmittedAt, bool IsLate, int? Score, DateOnly DueOn,
    bool HasPeerReview = false);

internal sealed class GetMyReflectionsHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser)
    : IRequestHandler<GetMyReflections, MyReflections>
{
    public async Task<MyReflections> Handle(GetMyReflections request, CancellationToken cancellationToken)
    {
        var (cohort, assignments) = await context.LoadAsync(request.CohortSlug, cancellationToken);
        var userId = currentUser.UserId;
        var mine = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && r.UserId == userId)
            .ToDictionaryAsync(r => r.AssignmentSlug, cancellationToken);
        var peerReviewed = cohort.Role != CohortRole.Learner ? [] : await data.PeerReviewSettings.AsNoTracking()
            .Where(s => s.CohortSlug == cohort.CohortSlug && s.IsOn).Select(s => s.AssignmentSlug).ToListAsync(cancellationToken);
        return new MyReflections(cohort.CohortSlug, cohort.CohortName, cohort.Role == CohortRole.Learner, assignments.Select(assignment =>
        {
            var reflection = mine.GetValueOrDefault(assignment.Slug);
            var deadline = new Deadline(assignment.DueOn, assignment.CutOffOn);
            return new MyReflectionLine(assignment, Progress(reflection), reflection?.SubmittedAt, reflection?.IsLate == true,
                reflection?.ReviewedAt is null ? null : reflection.Scores.Sum(), (reflection?.DeadlineFor(deadline) ?? deadline).DueOn,
                assignment.IsOpen && peerReviewed.Contains(assignment.Slug));
        }).ToList());
    }

    internal static ReflectionProgress Progress(Reflection? reflection) => reflection?.Status switch
    {
        null => ReflectionProgress.NotStarted,
        ReflectionStatus.Submitted => ReflectionProgress.Submitted,
        ReflectionStatus.Returned => ReflectionProgress.Returned,
        ReflectionStatus.Completed => ReflectionProgress.Completed,
        _ => ReflectionProgress.Draft,
    };
}
