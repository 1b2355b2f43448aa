using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Writing;

/// <summary>Where a learner stands with one assignment.</summary>
public enum ReflectionProgress
{
    NotStarted,
    Draft,
    Submitted,
    Returned,
    Completed,
}

/// <summary>Every reflection assignment of the cohort with the signed-in learner's status.</summary>
public sealed record GetMyReflections(string CohortSlug) : IRequest<MyReflections>;

public sealed record MyReflections(string CohortSlug, string CohortName, bool IsLearner, IReadOnlyList<MyReflectionLine> Assignments);

public sealed record MyReflectionLine(ReflectionAssignment Assignment, ReflectionProgress Progress, DateTimeOffset? SubmittedAt, bool IsLate, int? Score, DateOnly DueOn);

/// <summary>One assignment with the signed-in learner's reflection on it.</summary>
public sealed record GetReflection(string CohortSlug, string AssignmentSlug) : IRequest<ReflectionView>;

public sealed record ReflectionView(
    string CohortSlug, string CohortName, ReflectionAssignment Assignment, bool IsLearner, ReflectionProgress Progress,
    string DraftMarkdown, DateTimeOffset? DraftSavedAt, string SubmittedHtml, DateTimeOffset? SubmittedAt, bool IsLate,
    ReviewOutcome? Review, IReadOnlyList<SubmittedVersion> Versions, ReflectionAudience Audience,
    int DraftVersion, Deadline Deadline, bool IsClosed, ExtensionState Extension)
{
    public bool IsEditable => IsLearner && Assignment.IsOpen && Progress is ReflectionProgress.NotStarted or ReflectionProgress.Draft or ReflectionProgress.Returned;
}

/// <summary>The learner's extension: granted until a date, and/or asked for (until when, why).</summary>
public sealed record ExtensionState(DateOnly? GrantedUntil, DateOnly? RequestedUntil, string? Reason);

/// <summary>What the instructor decided: points per criterion (rubric order), their total, and the feedback.</summary>
public sealed record ReviewOutcome(IReadOnlyList<int> Scores, int Total, string FeedbackHtml, string ReviewerName, DateTimeOffset ReviewedAt);

public sealed record SubmittedVersion(int Number, DateTimeOffset SubmittedAt, bool IsLate, string Html, string Markdown);

/// <summary>
/// Saves what the learner has written so far (autosave and the "Save draft" button), if the draft is still the
/// version the writer started from (<see cref="DraftConflictException"/> otherwise); returns when, and the new version.
/// </summary>
public sealed record SaveReflectionDraft(string CohortSlug, string AssignmentSlug, string Body, int BasedOnVersion) : IRequest<DraftSaved>;

public sealed record DraftSaved(DateTimeOffset SavedAt, int Version);

/// <summary>
/// Submits the reflection; it becomes read-only, and late when after the due date. Refused after the cut-off
/// (without an extension), and when the draft was changed elsewhere since <see cref="BasedOnVersion"/>.
/// </summary>
public sealed record SubmitReflection(string CohortSlug, string AssignmentSlug, string Body, bool Confirmed, int BasedOnVersion) : IRequest;

/// <summary>The editor's preview: the text as it will look once submitted (the same safe pipeline).</summary>
public sealed record PreviewReflection(string CohortSlug, string AssignmentSlug, string Body) : IRequest<string>;

internal static class ReflectionRules
{
    public const int MaximumLength = 50_000;
}

internal sealed class SaveReflectionDraftValidator : AbstractValidator<SaveReflectionDraft>
{
    public SaveReflectionDraftValidator() => RuleFor(request => request.Body).MaximumLength(ReflectionRules.MaximumLength)
        .WithMessage($"A reflection can have at most {ReflectionRules.MaximumLength:N0} characters.");
}

internal sealed class PreviewReflectionValidator : AbstractValidator<PreviewReflection>
{
    public PreviewReflectionValidator() => RuleFor(request => request.Body).MaximumLength(ReflectionRules.MaximumLength);
}

internal sealed class SubmitReflectionValidator : AbstractValidator<SubmitReflection>
{
    public SubmitReflectionValidator()
    {
        RuleFor(request => request.Body)
            .Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage("Write your reflection before submitting it.")
            .MaximumLength(ReflectionRules.MaximumLength).WithMessage($"A reflection can have at most {ReflectionRules.MaximumLength:N0} characters.");
        RuleFor(request => request.Confirmed).Equal(true)
            .WithMessage("Tick the box to confirm: a submitted reflection can no longer be changed.");
    }
}

/// <summary>The caller's place in a cohort and its assignments; not found for anyone outside the cohort.</summary>
internal sealed class ReflectionContext(IMediator mediator, ICurrentUser currentUser)
{
    public async Task<(Enrolment Cohort, IReadOnlyList<ReflectionAssignment> Assignments)> LoadAsync(string cohortSlug, CancellationToken cancellationToken)
    {
        var cohort = await mediator.Send(new FindCohort(cohortSlug), cancellationToken)
            ?? throw new NotFoundException($"Reflections of {cohortSlug} are not visible to {currentUser.UserId}.");
        var assignments = await mediator.Send(new GetReflectionAssignments(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn), cancellationToken);
        if (cohort.Role == CohortRole.Learner)
        {
            // Before its module opens, a learner sees an assignment only as a title and a date.
            assignments = assignments.Select(assignment => assignment.IsOpen ? assignment : assignment with { Prompt = string.Empty, Rubric = [] }).ToList();
        }

        return (cohort, assignments);
    }

    public async Task<(Enrolment Cohort, ReflectionAssignment Assignment)> AssignmentAsync(string cohortSlug, string assignmentSlug, CancellationToken cancellationToken)
    {
        var (cohort, assignments) = await LoadAsync(cohortSlug, cancellationToken);
        var assignment = assignments.SingleOrDefault(a => a.Slug == assignmentSlug)
            ?? throw new NotFoundException($"No assignment {assignmentSlug} in {cohortSlug}.");
        return (cohort, assignment);
    }

    /// <summary>An assignment's shared reflections and anything written on it: for learners only once its module is open.</summary>
    public async Task<(Enrolment Cohort, ReflectionAssignment Assignment)> ReadableAsync(string cohortSlug, string assignmentSlug, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await AssignmentAsync(cohortSlug, assignmentSlug, cancellationToken);
        return cohort.Role == CohortRole.Learner && !assignment.IsOpen
            ? throw new NotFoundException($"{assignmentSlug} in {cohortSlug} opens on {assignment.OpensOn}.")
            : (cohort, assignment);
    }

    /// <summary>Only the cohort's learners write reflections, and only once the module is open.</summary>
    public async Task<(Enrolment Cohort, ReflectionAssignment Assignment)> WritableAsync(string cohortSlug, string assignmentSlug, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await AssignmentAsync(cohortSlug, assignmentSlug, cancellationToken);
        if (cohort.Role != CohortRole.Learner || !assignment.IsOpen)
        {
            throw new NotFoundException($"{assignmentSlug} in {cohortSlug} is not open for writing by {currentUser.UserId}.");
        }

        return (cohort, assignment);
    }
}

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
        return new MyReflections(cohort.CohortSlug, cohort.CohortName, cohort.Role == CohortRole.Learner, assignments.Select(assignment =>
        {
            var reflection = mine.GetValueOrDefault(assignment.Slug);
            var deadline = new Deadline(assignment.DueOn, assignment.CutOffOn);
            return new MyReflectionLine(assignment, Progress(reflection), reflection?.SubmittedAt, reflection?.IsLate == true,
                reflection?.ReviewedAt is null ? null : reflection.Scores.Sum(), (reflection?.DeadlineFor(deadline) ?? deadline).DueOn);
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
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new ReflectionView(cohort.CohortSlug, cohort.CohortName, assignment, cohort.Role == CohortRole.Learner,
            GetMyReflectionsHandler.Progress(reflection), reflection?.DraftMarkdown ?? string.Empty, reflection?.DraftSavedAt,
            reflection?.SubmittedHtml ?? string.Empty, reflection?.SubmittedAt, reflection?.IsLate == true,
            reflection?.ReviewedAt is { } reviewedAt
                ? new ReviewOutcome(reflection.Scores, reflection.Scores.Sum(), reflection.FeedbackHtml, reflection.ReviewerName ?? string.Empty, reviewedAt)
                : null,
            (reflection?.Submissions ?? []).OrderByDescending(s => s.Number).Select(s => new SubmittedVersion(s.Number, s.SubmittedAt, s.IsLate, s.Html, s.Markdown)).ToList(),
            reflection?.Audience ?? ReflectionAudience.Private, reflection?.DraftVersion ?? 0, deadline, deadline.CutOffOn < today,
            new ExtensionState(reflection?.ExtendedUntil, reflection?.ExtensionRequestedUntil, reflection?.ExtensionReason));
    }
}

internal sealed class SaveReflectionDraftHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<SaveReflectionDraft, DraftSaved>
{
    public async Task<DraftSaved> Handle(SaveReflectionDraft request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.WritableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var reflection = await data.FindOrStartAsync(cohort, assignment, currentUser, cancellationToken);
        var now = clock.GetUtcNow();
        var version = reflection.SaveDraft(request.Body ?? string.Empty, request.BasedOnVersion, now);
        await data.SaveDraftChangesAsync(reflection, cancellationToken);
        return new DraftSaved(now, version);
    }
}

internal sealed class PreviewReflectionHandler(ReflectionContext context, IMarkdownRenderer markdown) : IRequestHandler<PreviewReflection, string>
{
    public async Task<string> Handle(PreviewReflection request, CancellationToken cancellationToken)
    {
        await context.WritableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        return markdown.RenderUserContent(request.Body ?? string.Empty).Html;
    }
}

internal sealed class SubmitReflectionHandler(
    IReflectionsData data, ReflectionContext context, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock)
    : IRequestHandler<SubmitReflection, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SubmitReflection request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.WritableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var reflection = await data.FindOrStartAsync(cohort, assignment, currentUser, cancellationToken);
        if (reflection.Status == ReflectionStatus.Submitted && reflection.SubmittedMarkdown == request.Body)
        {
            return MediatR.Unit.Value; // the same submission twice (a double click, a second tab): one submission
        }

        if (reflection.IsEditable && reflection.DraftVersion != request.BasedOnVersion && reflection.DraftMarkdown != request.Body)
        {
            throw new DraftConflictException(reflection.DraftMarkdown, reflection.DraftSavedAt, reflection.DraftVersion);
        }

        reflection.Submit(request.Body, markdown.RenderUserContent(request.Body).Html, new Deadline(assignment.DueOn, assignment.CutOffOn), clock.GetUtcNow());
        await data.SaveDraftChangesAsync(reflection, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal static class ReflectionLookup
{
    public static async Task<Reflection> FindOrStartAsync(this IReflectionsData data, Enrolment cohort, ReflectionAssignment assignment,
        ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        // Submissions come along: a resubmission numbers itself after them.
        var reflection = await data.Reflections.Include(r => r.Submissions)
            .SingleOrDefaultAsync(r => r.CohortSlug == cohort.CohortSlug && r.UserId == userId && r.AssignmentSlug == assignment.Slug, cancellationToken);
        if (reflection is null)
        {
            reflection = new Reflection(cohort.CohortSlug, assignment.Slug, userId, currentUser.DisplayName ?? "A learner");
            data.Reflections.Add(reflection);
        }

        return reflection;
    }

    /// <summary>
    /// Saves a change to the learner's own draft. When another request saved it first (the version moved on, or
    /// both created it at once), nothing is overwritten: the newer text comes back as a conflict.
    /// </summary>
    public static async Task SaveDraftChangesAsync(this IReflectionsData data, Reflection reflection, CancellationToken cancellationToken)
    {
        try
        {
            await data.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            var newer = await data.Reflections.AsNoTracking()
                .Where(r => r.CohortSlug == reflection.CohortSlug && r.UserId == reflection.UserId && r.AssignmentSlug == reflection.AssignmentSlug)
                .Select(r => new { r.DraftMarkdown, r.DraftSavedAt, r.DraftVersion })
                .SingleOrDefaultAsync(cancellationToken);
            if (newer is null)
            {
                throw;
            }

            throw new DraftConflictException(newer.DraftMarkdown, newer.DraftSavedAt, newer.DraftVersion);
        }
    }
}
