using Academy.Reflections.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Academy.Shared.Errors;
using Academy.Shared.Telemetry;

namespace Academy.Reflections.Writing;

internal static class EditorEndpoints
{
    /// <summary>
    /// The editor's helpers for script: autosave and the Markdown preview. Both are form posts (so antiforgery
    /// applies) and send the same requests the page does. A draft saved elsewhere since the editor's version
    /// answers 409 with the newer text, so the editor can tell the writer instead of overwriting it; a reflection
    /// submitted meanwhile answers 409 with the reason.
    /// </summary>
    public static void MapEditor(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/cohorts/{cohort}/reflections/{assignment}/draft",
                async Task<IResult> (string cohort, string assignment, [FromForm] string? body, [FromForm] int version, IMediator mediator, AcademyMetrics metrics) =>
                {
                    try
                    {
                        var saved = await mediator.Send(new SaveReflectionDraft(cohort, assignment, body ?? string.Empty, version));
                        metrics.ReflectionAutosaved();
                        return TypedResults.Json(new { savedAt = saved.SavedAt, version = saved.Version });
                    }
                    catch (DraftConflictException conflict)
                    {
                        return TypedResults.Json(new { body = conflict.Markdown, savedAt = conflict.SavedAt, version = conflict.Version },
                            statusCode: StatusCodes.Status409Conflict);
                    }
                    catch (RuleViolation refused)
                    {
                        // Submitted in another tab meanwhile: nothing to save into, and the writer is told why.
                        return TypedResults.Json(new { message = refused.Message }, statusCode: StatusCodes.Status409Conflict);
                    }
                })
            .RequireAuthorization();

        endpoints.MapPost("/cohorts/{cohort}/reflections/{assignment}/preview",
                async (string cohort, string assignment, [FromForm] string? body, IMediator mediator) =>
                    TypedResults.Content(await mediator.Send(new PreviewReflection(cohort, assignment, body ?? string.Empty)), "text/html; charset=utf-8"))
            .RequireAuthorization();
    }
}
