using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Sessions;
using Academy.Shared.Errors;
using Academy.Shared.Localization;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// A cohort's instructor (or an admin) schedules a live session: a title, a Markdown agenda, the day and the times in
/// the cohort's time zone, an https meeting link and/or a place, and optionally the module it belongs to. Answers the
/// session's number in the cohort.
/// </summary>
public sealed record ScheduleSession(
    string CohortSlug, string Title, string Agenda, DateOnly? On, TimeOnly? Starts, TimeOnly? Ends, string? MeetingUrl, string? Place, string? ModuleSlug)
    : IRequest<int>, ISessionFields;

internal sealed class ScheduleSessionValidator : AbstractValidator<ScheduleSession>
{
    public ScheduleSessionValidator(IStringLocalizer<CohortsText> t) => this.SessionFields(t);
}

internal sealed class ScheduleSessionHandler(
    ICohortsData data, ICurrentUser currentUser, ReaderTime instructorsClock, IMediator mediator, IMarkdownRenderer markdown, SessionSchedules schedules, TimeProvider clock,
    IStringLocalizer<CohortsText> t)
    : IRequestHandler<ScheduleSession, int>
{
    // Two sessions scheduled at once in one cohort race for the next number: the unique index turns one away, which tries again.
    private const int MostAttempts = 4;

    public async Task<int> Handle(ScheduleSession request, CancellationToken cancellationToken)
    {
        var cohort = await data.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var details = await SessionRules.DetailsAsync(request, cohort, instructorsClock, mediator, markdown, t, cancellationToken);
        var now = clock.GetUtcNow();
        if (details.StartsAt <= now)
        {
            throw new RuleViolation(t["That time has passed: choose a time in the future."], nameof(request.Starts));
        }

        for (var attempt = 1; ; attempt++)
        {
            var number = 1 + (await data.LiveSessions.Where(s => s.CohortId == cohort.Id).MaxAsync(s => (int?)s.Number, cancellationToken) ?? 0);
            var session = new LiveSession(cohort.Id, number, details, currentUser.UserId, now);
            data.LiveSessions.Add(session);
            try
            {
                await data.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MostAttempts)
            {
                data.LiveSessions.Entry(session).State = EntityState.Detached;
                continue;
            }

            schedules.Forget(cohort.Slug);
            await mediator.Publish(new SessionScheduled(await data.InfoAsync(cohort, session, cancellationToken), currentUser.UserId,
                currentUser.DisplayName ?? "Your instructor"), cancellationToken);
            return number;
        }
    }
}
