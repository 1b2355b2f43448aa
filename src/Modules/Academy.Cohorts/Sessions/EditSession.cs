using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Sessions;
using Academy.Shared.Errors;
using Academy.Shared.Localization;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// A cohort's instructor (or an admin) edits a session: what it is, where, or when (a move). Every edit raises the
/// session's calendar SEQUENCE. A cancelled session stays cancelled; a session cannot be moved into the past.
/// </summary>
public sealed record EditSession(
    string CohortSlug, int Number, string Title, string Agenda, DateOnly? On, TimeOnly? Starts, TimeOnly? Ends, string? MeetingUrl, string? Place,
    string? ModuleSlug)
    : IRequest, ISessionFields;

internal sealed class EditSessionValidator : AbstractValidator<EditSession>
{
    public EditSessionValidator(IStringLocalizer<CohortsText> t) => this.SessionFields(t);
}

internal sealed class EditSessionHandler(
    ICohortsData data, ICurrentUser currentUser, ReaderTime instructorsClock, IMediator mediator, IMarkdownRenderer markdown, SessionSchedules schedules, TimeProvider clock,
    IStringLocalizer<CohortsText> t)
    : IRequestHandler<EditSession, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EditSession request, CancellationToken cancellationToken)
    {
        var cohort = await data.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var session = await data.SessionAsync(cohort, request.Number, cancellationToken);
        if (session.IsCancelled)
        {
            throw new RuleViolation(t["This session was cancelled, so it can no longer be changed. Schedule a new one instead."]);
        }

        var details = await SessionRules.DetailsAsync(request, cohort, instructorsClock, mediator, markdown, t, cancellationToken);
        var now = clock.GetUtcNow();
        var (previousStart, previousEnd) = (session.StartsAt, session.EndsAt);
        if ((details.StartsAt != previousStart || details.EndsAt != previousEnd) && details.StartsAt <= now)
        {
            throw new RuleViolation(t["That time has passed: a session can only be moved to a time in the future."], nameof(request.Starts));
        }

        session.Edit(details, now);
        await data.SaveChangesAsync(cancellationToken);
        schedules.Forget(cohort.Slug);
        await mediator.Publish(new SessionChanged(await data.InfoAsync(cohort, session, cancellationToken), previousStart, previousEnd,
            currentUser.UserId, currentUser.DisplayName ?? "Your instructor"), cancellationToken);
        return MediatR.Unit.Value;
    }
}
