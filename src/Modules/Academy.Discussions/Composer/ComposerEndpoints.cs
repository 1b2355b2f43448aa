using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Academy.Discussions.Composer;

internal static class ComposerEndpoints
{
    /// <summary>
    /// The composer's helpers for script: autosave of drafts and the Markdown preview. Both are form posts
    /// (so antiforgery applies) and send the same requests a page would.
    /// </summary>
    public static void MapComposer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/cohorts/{cohort}/discussions/drafts",
                async (string cohort, [FromForm] string place, [FromForm] string? title, [FromForm] string? body, IMediator mediator) =>
                {
                    var savedAt = await mediator.Send(new SaveDraft(cohort, place, title ?? string.Empty, body ?? string.Empty));
                    return TypedResults.Json(new { savedAt });
                })
            .RequireAuthorization();

        endpoints.MapPost("/cohorts/{cohort}/discussions/preview",
                async (string cohort, [FromForm] string? body, IMediator mediator) =>
                    TypedResults.Content(await mediator.Send(new PreviewPost(cohort, body ?? string.Empty)), "text/html; charset=utf-8"))
            .RequireAuthorization();
    }
}
