using Academy.Cohorts.Calendar;
using Academy.Cohorts.Demo;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Cohorts;

/// <summary>The Cohorts module's one entry point: cohorts, membership, profiles and the network.</summary>
public static class CohortsModule
{
    public static IServiceCollection AddCohortsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDemoCohortSeeder, DemoCohortSeeder>();
        services.AddMemoryCache();
        services.AddSingleton<Notifications.UnreadNotificationCounts>();
        services.AddScoped<Notifications.INotificationDigests, Notifications.NotificationDigests>();
        return services;
    }

    /// <summary>The module's endpoints that are not pages (the calendar feed, unread count, member names, the network graph, pictures).</summary>
    public static IEndpointRouteBuilder MapCohortsModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCohortCalendar();
        Notifications.UnreadCountEndpoint.MapUnreadNotificationCount(endpoints);
        Membership.MemberNamesEndpoint.MapMemberNames(endpoints);
        Network.NetworkEndpoints.MapNetwork(endpoints);
        return endpoints;
    }
}
