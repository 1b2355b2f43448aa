using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Writing;

/// <summary>
/// Saves what the learner has written so far (autosave and the "Save draft" button), if the draft is still the
/// version the writer started from (<see cref="DraftConflictException"/> otherwise); returns when, and the new version.
/// </summary>
public sealed record SaveReflectionDraft(string CohortSlug, string AssignmentSlug, string Body, int BasedOnVersion) : IRequest<DraftSaved>;

public sealed record DraftSaved(DateTimeOffset SavedAt, int Version);

internal sealed class SaveReflectionDraftValidator : AbstractValidator<SaveReflectionDraft>
{
    public SaveReflectionDraftValidator(IStringLocalizer<ReflectionsText> t) => RuleFor(request => request.Body).MaximumLength(ReflectionRules.MaximumLength)
        .WithMessage(_ => ReflectionRules.TooLongMessage(t));
}

internal sealed class SaveReflectionDraftHandler(
    IReflectionsData data, ReflectionContext context, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<SaveReflectionDraft, DraftSaved>
{
    public async Task<DraftSaved> Handle(SaveReflectionDraft request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.WritableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var reflection = await data.FindOrStartAsync(cohort, assignment, currentUser, cancellationToken);
        if (!reflection.IsEditable)
        {
            throw new RuleViolation(t[Reflection.ReadOnly]); // submitted in another tab meanwhile: the editor shows why
        }

        var now = clock.GetUtcNow();
        var version = reflection.SaveDraft(request.Body ?? string.Empty, request.BasedOnVersion, now);
        await data.SaveDraftChangesAsync(reflection, cancellationToken);
        return new DraftSaved(now, version);
    }
}
