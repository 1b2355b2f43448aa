using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Access;
using Academy.Contracts.Courses;
using Academy.Shared.Errors;
using Academy.Shared.Links;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Calendar;

/// <summary>
/// A cohort's schedule as an iCalendar feed (module releases, reflection due dates and live sessions) that Outlook, Google
/// or Apple Calendar subscribe to. Calendar apps cannot sign in, so the feed opens with a member's secret
/// token; a signed-in member needs none.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetCohortCalendar(string CohortSlug, string? Token) : IRequest<string>;

internal sealed class GetCohortCalendarHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, PublicSite site, TimeProvider clock,
    IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetCohortCalendar, string>
{
    public async Task<string> Handle(GetCohortCalendar request, CancellationToken cancellationToken)
    {
        var userId = currentUser.IsAuthenticated ? currentUser.UserId : null;
        var token = string.IsNullOrEmpty(request.Token) ? null : request.Token;
        var cohort = await data.Cohorts.AsNoTracking()
            .Where(c => c.Slug == request.CohortSlug
                        && c.Members.Any(m => (token != null && m.CalendarToken == token) || (userId != null && m.UserId == userId)))
            .Select(c => new { c.Id, c.Slug, c.Name, c.CourseSlug, c.StartsOn, c.TimeZone })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No calendar of {request.CohortSlug} for this token or user.");

        var schedule = await mediator.Send(new GetCohortSchedule(cohort.CourseSlug, cohort.Slug, cohort.StartsOn, cohort.TimeZone), cancellationToken);
        var sessions = await data.LiveSessions.AsNoTracking().Where(s => s.CohortId == cohort.Id).OrderBy(s => s.StartsAt).ThenBy(s => s.Number)
            .Select(s => new CalendarSession(s.Id, s.Number, s.Title, s.AgendaMarkdown, s.StartsAt, s.EndsAt, s.MeetingUrl, s.Place, s.IsCancelled,
                s.RecordingUrl, s.Sequence, s.ChangedAt, s.CreatedAt))
            .ToListAsync(cancellationToken);
        return CalendarFeed.Build(cohort.Slug, cohort.Name, cohort.TimeZone, schedule, sessions, site, clock.GetUtcNow(), t);
    }
}
