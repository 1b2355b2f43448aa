using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Access;
using Academy.Contracts.Courses;
using Academy.Shared.Errors;
using Academy.Shared.Links;
using Academy.Shared.Localization;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Calendar;

/// <summary>
/// A cohort's schedule as an iCalendar feed (module releases, reflection due dates and live sessions) that Outlook, Google
/// or Apple Calendar subscribe to. Calendar apps cannot sign in, so the feed opens with a member's secret
/// token; a signed-in member needs none. Its words are in the language the member chose on their account page (the
/// default one if they did not), never the request's: a calendar app sends none of the person's.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetCohortCalendar(string CohortSlug, string? Token) : IRequest<string>;

internal sealed class GetCohortCalendarHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, PublicSite site, TimeProvider clock,
    IStringLocalizer<CohortsText> t, IReaderSettings readers)
    : IRequestHandler<GetCohortCalendar, string>
{
    public async Task<string> Handle(GetCohortCalendar request, CancellationToken cancellationToken)
    {
        var userId = currentUser.IsAuthenticated ? currentUser.UserId : null;
        var token = string.IsNullOrEmpty(request.Token) ? null : request.Token;
        var cohort = await data.Cohorts.AsNoTracking()
            .Where(c => c.Slug == request.CohortSlug
                        && c.Members.Any(m => (token != null && m.CalendarToken == token) || (userId != null && m.UserId == userId)))
            .Select(c => new
            {
                c.Id, c.Slug, c.Name, c.CourseSlug, c.StartsOn, c.TimeZone,
                TokenOf = c.Members.Where(m => token != null && m.CalendarToken == token).Select(m => m.UserId).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No calendar of {request.CohortSlug} for this token or user.");

        var schedule = await mediator.Send(new GetCohortSchedule(cohort.CourseSlug, cohort.Slug, cohort.StartsOn, cohort.TimeZone), cancellationToken);
        var sessions = await data.LiveSessions.AsNoTracking().Where(s => s.CohortId == cohort.Id).OrderBy(s => s.StartsAt).ThenBy(s => s.Number)
            .Select(s => new CalendarSession(s.Id, s.Number, s.Title, s.AgendaMarkdown, s.StartsAt, s.EndsAt, s.MeetingUrl, s.Place, s.IsCancelled,
                s.RecordingUrl, s.Sequence, s.ChangedAt, s.CreatedAt))
            .ToListAsync(cancellationToken);
        // Calendar apps fetch the feed without the person's cookie or browser language: it speaks the language its owner
        // (the token's member, else whoever is signed in) chose on their account page, or the default one.
        var reader = await readers.OfAsync(cohort.TokenOf ?? userId!, cancellationToken);
        return AcademyCultures.In(reader.Language, () => CalendarFeed.Build(cohort.Slug, cohort.Name, cohort.TimeZone, schedule, sessions, site, clock.GetUtcNow(), t));
    }
}
