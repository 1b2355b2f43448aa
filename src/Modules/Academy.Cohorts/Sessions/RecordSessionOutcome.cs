using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using Academy.Shared.Text;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// After a session has started, its instructor (or an admin) adds the recording link and notes in Markdown, and marks
/// which learners attended: every learner of the cohort gets a row, present or absent, so the dashboard can tell who
/// missed the last sessions. Saving again replaces what was marked.
/// </summary>
/// <param name="Attended">The learners who attended, by id (the form's ticked boxes); anyone else listed is not a learner and is ignored.</param>
public sealed record RecordSessionOutcome(string CohortSlug, int Number, string? RecordingUrl, string Notes, IReadOnlyList<string> Attended) : IRequest;

internal sealed class RecordSessionOutcomeValidator : AbstractValidator<RecordSessionOutcome>
{
    public RecordSessionOutcomeValidator(IStringLocalizer<CohortsText> t)
    {
        RuleFor(request => request.RecordingUrl).Must(WebAddress.IsEmptyOrHttps).WithMessage(_ => t[SessionRules.NotHttps]);
        RuleFor(request => request.Notes).MaximumLength(SessionRules.MaximumText).WithMessage(_ => t["Keep the notes to {0:N0} characters.", SessionRules.MaximumText]);
    }
}

internal sealed class RecordSessionOutcomeHandler(
    ICohortsData data, ICurrentUser currentUser, IMarkdownRenderer markdown, SessionSchedules schedules, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<RecordSessionOutcome, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordSessionOutcome request, CancellationToken cancellationToken)
    {
        var cohort = await data.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var session = await data.SessionAsync(cohort, request.Number, cancellationToken, withAttendance: true);
        var now = clock.GetUtcNow();
        if (session.IsCancelled)
        {
            throw new RuleViolation(t["This session was cancelled: there is nothing to record."]);
        }

        if (!session.HasStarted(now))
        {
            throw new RuleViolation(t["The recording, notes and attendance can be added once the session has started."]);
        }

        var learners = await data.CohortMembers.Where(m => m.CohortId == cohort.Id && m.Role == CohortRole.Learner)
            .Select(m => m.UserId).ToListAsync(cancellationToken);
        var notes = (request.Notes ?? string.Empty).Trim();
        session.RecordOutcome(SessionRules.Blank(request.RecordingUrl), notes, notes.Length == 0 ? string.Empty : markdown.RenderUserContent(notes).Html,
            learners, (request.Attended ?? []).ToHashSet(StringComparer.Ordinal), now);
        await data.SaveChangesAsync(cancellationToken);
        schedules.Forget(cohort.Slug);
        return MediatR.Unit.Value;
    }
}
