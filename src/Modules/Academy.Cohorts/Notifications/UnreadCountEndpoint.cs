using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Academy.Cohorts.Notifications;

internal static class UnreadCountEndpoint
{
    /// <summary>
    /// The header's unread count, fetched by a few lines of script after the page loads, so no page spends a
    /// query on it; without script the header still links to the notifications.
    /// </summary>
    public static void MapUnreadNotificationCount(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/notifications/unread-count", async (IMediator mediator) =>
            TypedResults.Json(new { unread = await mediator.Send(new CountUnreadNotifications()) }))
            .RequireAuthorization();
}
