using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Courses;
using Academy.Shared.Errors;
using Academy.Shared.Localization;
using Academy.Shared.Security;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// What the form to schedule a session (or edit one, by <see cref="Number"/>) needs: the cohort's time zone, which
/// the times are entered in, the course's modules to tie it to, and the session as it is. For its instructors and admins.
/// </summary>
public sealed record GetSessionForm(string CohortSlug, int? Number = null) : IRequest<SessionFormView>;

/// <param name="Current">The session being edited, as its form shows it (times as the instructor's own clock reads them); null for a new one.</param>
public sealed record SessionFormView(string CohortSlug, string CohortName, IReadOnlyList<ModuleChoice> Modules, SessionFormValues? Current, bool IsCancelled);

public sealed record ModuleChoice(string Slug, string Title);

public sealed record SessionFormValues(
    string Title, string Agenda, DateOnly On, TimeOnly Starts, TimeOnly Ends, string? MeetingUrl, string? Place, string? ModuleSlug);

internal sealed class GetSessionFormHandler(ICohortsData data, ICurrentUser currentUser, ReaderTime instructorsClock, IMediator mediator, IStringLocalizer<CohortsText> t) : IRequestHandler<GetSessionForm, SessionFormView>
{
    public async Task<SessionFormView> Handle(GetSessionForm request, CancellationToken cancellationToken)
    {
        var cohort = await data.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        SessionFormValues? current = null;
        var cancelled = false;
        if (request.Number is { } number)
        {
            var session = await data.LiveSessions.AsNoTracking().Where(s => s.CohortId == cohort.Id && s.Number == number)
                              .Select(s => new { s.Title, s.AgendaMarkdown, s.StartsAt, s.EndsAt, s.MeetingUrl, s.Place, s.ModuleSlug, s.IsCancelled })
                              .SingleOrDefaultAsync(cancellationToken)
                          ?? throw new NotFoundException($"Session {number} is not in {request.CohortSlug}.");
            var starts = ZonedTime.Local(session.StartsAt, instructorsClock.ZoneId);
            var ends = ZonedTime.Local(session.EndsAt, instructorsClock.ZoneId);
            current = new SessionFormValues(session.Title, session.AgendaMarkdown, DateOnly.FromDateTime(starts.DateTime), TimeOnly.FromDateTime(starts.DateTime),
                TimeOnly.FromDateTime(ends.DateTime), session.MeetingUrl, session.Place, session.ModuleSlug);
            cancelled = session.IsCancelled;
        }

        var schedule = await mediator.Send(new GetCohortSchedule(cohort.CourseSlug, cohort.Slug, cohort.StartsOn, cohort.TimeZone), cancellationToken);
        return new SessionFormView(cohort.Slug, cohort.Name,
            schedule.Modules.Select(m => new ModuleChoice(m.Slug, t["Module {0}: {1}", m.Number, m.Title])).ToList(), current, cancelled);
    }
}
