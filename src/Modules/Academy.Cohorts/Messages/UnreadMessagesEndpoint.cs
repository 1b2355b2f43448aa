using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Academy.Cohorts.Messages;

internal static class UnreadMessagesEndpoint
{
    /// <summary>The header's count of unread messages, fetched by script after the page loads (as the notifications' count), so no page spends a query on it.</summary>
    public static void MapUnreadMessagesCount(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/messages/unread-count", async (IMediator mediator) =>
            TypedResults.Json(new { unread = await mediator.Send(new CountUnreadMessages()) }))
            .RequireAuthorization();
}
