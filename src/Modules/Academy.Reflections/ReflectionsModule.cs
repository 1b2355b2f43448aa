using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Reflections;

/// <summary>The Reflections module's one entry point: reflection assignments, drafts and submissions.</summary>
public static class ReflectionsModule
{
    public static IServiceCollection AddReflectionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Writing.ReflectionContext>();
        return services;
    }

    /// <summary>The autosave endpoint of the reflection editor (a form post, so antiforgery applies).</summary>
    public static IEndpointRouteBuilder MapReflectionsModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/cohorts/{cohort}/reflections/{assignment}/draft",
                async (string cohort, string assignment, [FromForm] string? body, MediatR.IMediator mediator) =>
                    TypedResults.Json(new { savedAt = await mediator.Send(new Writing.SaveReflectionDraft(cohort, assignment, body ?? string.Empty)) }))
            .RequireAuthorization();
        return endpoints;
    }
}
