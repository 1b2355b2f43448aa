using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Academy.Cohorts.Calendar;

internal static class CalendarEndpoint
{
    public static void MapCohortCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cohorts/{cohort}/calendar.ics", async (string cohort, string? token, IMediator mediator) =>
        {
            var feed = await mediator.Send(new GetCohortCalendar(cohort, token));
            return Results.Text(feed, "text/calendar; charset=utf-8");
        });
        endpoints.MapGet("/cohorts/{cohort}/sessions/{number:int}/session.ics", async (string cohort, int number, IMediator mediator) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await mediator.Send(new Sessions.GetSessionCalendar(cohort, number))),
                    "text/calendar; charset=utf-8", $"{cohort}-session-{number}.ics"))
            .RequireAuthorization();
    }
}
