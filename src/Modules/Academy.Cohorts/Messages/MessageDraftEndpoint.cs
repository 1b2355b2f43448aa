using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Academy.Cohorts.Messages;

internal static class MessageDraftEndpoint
{
    /// <summary>The conversation composer's autosave (message-composer.js): a form post, so antiforgery applies; sends SaveMessageDraft.</summary>
    public static void MapMessageDraft(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/messages/{id:guid}/draft",
                async (Guid id, [FromForm] string? body, IMediator mediator) =>
                {
                    var savedAt = await mediator.Send(new SaveMessageDraft(id, body ?? string.Empty));
                    return TypedResults.Json(new { savedAt });
                })
            .RequireAuthorization();
}
