using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Reflections;

/// <summary>The Reflections module's one entry point: reflection assignments, drafts and submissions.</summary>
public static class ReflectionsModule
{
    public static IServiceCollection AddReflectionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Data.IReflectionsData, Data.ReflectionsData>();
        services.AddSingleton<Data.ReflectionsQueries>();
        services.AddSingleton<Review.StalledPeerReviewsMemory>();
        services.AddSingleton<Review.ReviewQueueSizesMemory>();
        services.AddScoped<Academy.Contracts.Privacy.IPersonalDataProvider, Privacy.ReflectionsPersonalData>();
        services.AddScoped<Writing.ReflectionContext>();
        services.AddScoped<PeerReviews.PeerReviewPool>();
        services.AddScoped<Demo.IDemoReflectionsSeeder, Demo.DemoReflectionsSeeder>();
        services.AddScoped<Deadlines.DueReminders>();
        if (configuration.GetValue("Reflections:DueReminders", true))
        {
            services.AddHostedService<Deadlines.DueReminderService>();
        }

        return services;
    }

    /// <summary>The editor's autosave and preview, and the two downloads.</summary>
    public static IEndpointRouteBuilder MapReflectionsModule(this IEndpointRouteBuilder endpoints)
    {
        Writing.EditorEndpoints.MapEditor(endpoints);
        endpoints.MapGet("/cohorts/{cohort}/reflections/portfolio.zip", async (string cohort, MediatR.IMediator mediator) =>
                TypedResults.File(await mediator.Send(new Exports.ExportPortfolio(cohort)), "application/zip", $"reflections-{cohort}.zip"))
            .RequireAuthorization();
        endpoints.MapGet("/cohorts/{cohort}/reflections/scores.csv", async (string cohort, MediatR.IMediator mediator) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(await mediator.Send(new Exports.ExportScores(cohort)))).ToArray(),
                    "text/csv; charset=utf-8", $"scores-{cohort}.csv"))
            .RequireAuthorization();
        return endpoints;
    }
}
