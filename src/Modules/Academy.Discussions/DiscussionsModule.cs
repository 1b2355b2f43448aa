using Academy.Discussions.Spaces.ViewDiscussions;
using Academy.Discussions.Threads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Discussions;

/// <summary>The Discussions module's one entry point: spaces, threads, replies and reading state of each cohort.</summary>
public static class DiscussionsModule
{
    public static IServiceCollection AddDiscussionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Data.DiscussionsQueries>();
        services.AddScoped<Data.IDiscussionsData, Data.DiscussionsData>();
        services.AddScoped<Academy.Contracts.Privacy.IPersonalDataProvider, Privacy.DiscussionsPersonalData>();
        services.AddScoped<CohortSpaces>();
        services.AddScoped<Demo.IDemoDiscussionsSeeder, Demo.DemoDiscussionsSeeder>();
        services.AddScoped<ThreadNumbers>();
        services.AddScoped<Notifying.DiscussionNotifications>();
        services.AddSingleton<Threads.LiveThread.ThreadFeed>();
        return services;
    }

    /// <summary>The module's endpoints that are not pages (the live feed of open threads).</summary>
    public static Microsoft.AspNetCore.Routing.IEndpointRouteBuilder MapDiscussionsModule(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
    {
        Threads.LiveThread.ThreadEvents.MapThreadEvents(endpoints);
        Composer.ComposerEndpoints.MapComposer(endpoints);
        return endpoints;
    }
}
