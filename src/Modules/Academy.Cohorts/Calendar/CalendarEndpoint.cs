using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Academy.Cohorts.Calendar;

internal static class CalendarEndpoint
{
    public static void MapCohortCalendar(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/cohorts/{cohort}/calendar.ics", async (string cohort, string? token, IMediator mediator) =>
        {
            var feed = await mediator.Send(new GetCohortCalendar(cohort, token));
            return Results.Text(feed, "text/calendar; charset=utf-8");
        });
}
