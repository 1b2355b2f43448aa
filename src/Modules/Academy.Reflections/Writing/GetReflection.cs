using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Security;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Writing;

/// <summary>One assignment with the signed-in learner's reflection on it.</summary>
public sealed record GetReflection(string CohortSlug, string AssignmentSlug) : IRequest<ReflectionView>;

public sealed record ReflectionView(
    string CohortSlug, string CohortName, ReflectionAssignment Assignment, bool IsLearner, ReflectionProgress Progress,
    string DraftMarkdown, DateTimeOffset? DraftSavedAt, string SubmittedHtml, DateTimeOffset? SubmittedAt, bool IsLate,
    ReviewOutcome? Review, IReadOnlyList<SubmittedVersion> Versions, ReflectionAudience Audience,
    int DraftVersion, Deadline Deadline, bool IsClosed, ExtensionState Extension, string CohortTimeZone)
{
    public bool IsEditable => IsLearner && Assignment.IsOpen && Progress is ReflectionProgress.NotStarted or ReflectionProgress.Draft or ReflectionProgress.Returned;
}

/// <summary>The learner's extension: granted until a date, and/or asked for (until when, why).</summary>
public sealed record ExtensionState(DateOnly? GrantedUntil, DateOnly? RequestedUntil, string? Reason);

/// <summary>What the instructor decided: points per criterion (rubric order), their total, and the feedback.</summary>
public sealed record ReviewOutcome(IReadOnlyList<int> Scores, int Total, string FeedbackHtml, string ReviewerName, DateTimeOffset ReviewedAt);

public sealed record SubmittedVersion(int Number, DateTimeOffset SubmittedAt, bool IsLate, string Html, string Markdown);

internal sealed class GetReflectionHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetReflection, ReflectionView>
{
    public async Task<ReflectionView> Handle(GetReflection request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.AssignmentAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var userId = currentUser.UserId;
        // A reflection on a module whose date moved later is kept, and shown again when the module opens.
        var reflection = cohort.Role == CohortRole.Learner && !assignment.IsOpen ? null : await data.Reflections.AsNoTracking().Include(r => r.Submissions)
            .SingleOrDefaultAsync(r => r.CohortSlug == cohort.CohortSlug && r.UserId == userId && r.AssignmentSlug == assignment.Slug, cancellationToken);
        var assignmentDeadline = new Deadline(assignment.DueOn, assignment.CutOffOn);
        var deadline = reflection?.DeadlineFor(assignmentDeadline) ?? assignmentDeadline;
        var today = ZonedTime.Today(clock.GetUtcNow(), cohort.TimeZone);
        return new ReflectionView(cohort.CohortSlug, cohort.CohortName, assignment, cohort.Role == CohortRole.Learner,
            GetMyReflectionsHandler.Progress(reflection), reflection?.DraftMarkdown ?? string.Empty, reflection?.DraftSavedAt,
            reflection?.SubmittedHtml ?? string.Empty, reflection?.SubmittedAt, reflection?.IsLate == true,
            reflection?.ReviewedAt is { } reviewedAt
                ? new ReviewOutcome(reflection.Scores, reflection.Scores.Sum(), reflection.FeedbackHtml, reflection.ReviewerName ?? string.Empty, reviewedAt)
                : null,
            (reflection?.Submissions ?? []).OrderByDescending(s => s.Number).Select(s => new SubmittedVersion(s.Number, s.SubmittedAt, s.IsLate, s.Html, s.Markdown)).ToList(),
            reflection?.Audience ?? ReflectionAudience.Private, reflection?.DraftVersion ?? 0, deadline, deadline.CutOffOn < today,
            new ExtensionState(reflection?.ExtendedUntil, reflection?.ExtensionRequestedUntil, reflection?.ExtensionReason), cohort.TimeZone);
    }
}
