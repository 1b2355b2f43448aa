using Academy.Cohorts.Calendar;
using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Links;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// One session as an .ics file, for a member (or an admin) to add to their calendar: the same event as in the cohort's
/// feed, so a calendar that has both keeps one, and a later download with a higher SEQUENCE replaces it.
/// </summary>
public sealed record GetSessionCalendar(string CohortSlug, int Number) : IRequest<string>;

internal sealed class GetSessionCalendarHandler(ICohortsData data, ICurrentUser currentUser, PublicSite site, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetSessionCalendar, string>
{
    public async Task<string> Handle(GetSessionCalendar request, CancellationToken cancellationToken)
    {
        var cohort = await data.VisibleCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var session = await data.LiveSessions.AsNoTracking().Where(s => s.CohortId == cohort.Id && s.Number == request.Number)
                          .Select(s => new CalendarSession(s.Id, s.Number, s.Title, s.AgendaMarkdown, s.StartsAt, s.EndsAt, s.MeetingUrl, s.Place,
                              s.IsCancelled, s.RecordingUrl, s.Sequence, s.ChangedAt, s.CreatedAt))
                          .SingleOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException($"Session {request.Number} is not in {request.CohortSlug}.");
        return CalendarFeed.BuildSession(cohort.Slug, cohort.Name, session, site, clock.GetUtcNow(), t);
    }
}
