using System.Globalization;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Email;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using Academy.Shared.Time;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Writing;

/// <summary>
/// Submits the reflection; it becomes read-only, and late when after the due date. Refused after the cut-off
/// (without an extension), and when the draft was changed elsewhere since <see cref="BasedOnVersion"/>.
/// </summary>
public sealed record SubmitReflection(string CohortSlug, string AssignmentSlug, string Body, bool Confirmed, int BasedOnVersion) : IRequest;

internal sealed class SubmitReflectionValidator : AbstractValidator<SubmitReflection>
{
    public SubmitReflectionValidator(IStringLocalizer<ReflectionsText> t)
    {
        RuleFor(request => request.Body)
            .Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage(_ => t["Write your reflection before submitting it."])
            .MaximumLength(ReflectionRules.MaximumLength).WithMessage(_ => ReflectionRules.TooLongMessage(t));
        RuleFor(request => request.Confirmed).Equal(true)
            .WithMessage(_ => t["Tick the box to confirm: a submitted reflection can no longer be changed."]);
    }
}

internal sealed class SubmitReflectionHandler(
    IReflectionsData data, ReflectionContext context, ICurrentUser currentUser, IMarkdownRenderer markdown, IEmailOutbox email, TimeProvider clock,
    IStringLocalizer<ReflectionsText> t)
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

        var now = clock.GetUtcNow();
        var deadline = new Deadline(assignment.DueOn, assignment.CutOffOn);
        // The reflection keeps these rules itself; asked here first, so the refusal is in the reader's language.
        if (!reflection.IsEditable)
        {
            throw new RuleViolation(t[Reflection.AlreadySubmitted]);
        }

        if (reflection.DeadlineFor(deadline).CutOffOn is { } cutOff && ZonedTime.Today(now, cohort.TimeZone) > cutOff)
        {
            throw new RuleViolation(t[Reflection.Closed, cutOff.ToString(t["d MMMM yyyy"], CultureInfo.CurrentCulture)]);
        }

        reflection.Submit(request.Body, markdown.RenderUserContent(request.Body).Html, deadline, now, cohort.TimeZone);
        await data.SaveDraftChangesAsync(reflection, cancellationToken);
        if (Deadlines.DueReminders.IsDueSoon(reflection.DeadlineFor(deadline).DueOn, now, cohort.TimeZone))
        {
            // Its reminder may be waiting in the outbox (only in these 48 hours: after them it is not sent anyway): submitted, it is not sent.
            await email.WithdrawAsync(Deadlines.DueReminders.OnceKeyPrefix(cohort.CohortSlug, assignment.Slug), currentUser.UserId, cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}
