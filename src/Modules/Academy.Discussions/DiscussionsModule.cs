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
        services.AddScoped<CohortSpaces>();
        services.AddScoped<ThreadNumbers>();
        services.AddScoped<Notifying.DiscussionNotifications>();
        return services;
    }
}
