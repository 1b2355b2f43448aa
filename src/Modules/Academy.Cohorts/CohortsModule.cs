using Academy.Cohorts.Calendar;
using Academy.Cohorts.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Cohorts;

/// <summary>The Cohorts module's one entry point: cohorts, membership, profiles and the network.</summary>
public static class CohortsModule
{
    public static IServiceCollection AddCohortsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Data.CohortsQueries>();
        services.AddScoped<Data.ICohortsData, Data.CohortsData>();
        services.AddScoped<Membership.EnrolmentsOfThisRequest>();
        services.AddScoped<Academy.Contracts.Privacy.IPersonalDataProvider, Privacy.CohortsPersonalData>();
        services.AddScoped<IDemoCohortSeeder, DemoCohortSeeder>();
        services.AddMemoryCache();
        services.AddSingleton<Notifications.UnreadNotificationCounts>();
        services.AddSingleton<Sessions.SessionSchedules>();
        services.AddSingleton<People.DirectoryMemory>();
        services.AddSingleton<Membership.EnrolmentMemory>();
        services.AddSingleton<Management.LearnerEngagementMemory>();
        services.AddScoped<Notifications.INotificationDigests, Notifications.NotificationDigests>();
        services.AddTransient<Notifications.NotificationEmails>();
        services.AddScoped<Notifications.Sessions.SessionNotices>();
        services.AddScoped<Notifications.Sessions.SessionReminders>();
        services.AddSingleton<Messages.LiveConversation.ConversationFeed>();
        services.AddScoped<Messages.LiveConversation.ConversationReaders>();
        if (configuration.GetValue("Cohorts:SessionReminders", true))
        {
            services.AddHostedService<Notifications.Sessions.SessionReminderService>();
        }

        return services;
    }

    /// <summary>
    /// The module's endpoints that are not pages (the calendar feed and a session's .ics, unread counts, a conversation's live
    /// feed, read mark and draft, member names, the network graph, pictures).
    /// </summary>
    public static IEndpointRouteBuilder MapCohortsModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCohortCalendar();
        Notifications.UnreadCountEndpoint.MapUnreadNotificationCount(endpoints);
        Messages.UnreadMessagesEndpoint.MapUnreadMessagesCount(endpoints);
        Messages.LiveConversation.ConversationEvents.MapConversationEvents(endpoints);
        Messages.MessageDraftEndpoint.MapMessageDraft(endpoints);
        Membership.MemberNamesEndpoint.MapMemberNames(endpoints);
        Network.NetworkEndpoints.MapNetwork(endpoints);
        endpoints.MapGet("/teach/cohorts/{cohort}/engagement.csv", async (string cohort, MediatR.IMediator mediator, Microsoft.Extensions.Localization.IStringLocalizer<Resources.CohortsText> t) =>
                Microsoft.AspNetCore.Http.TypedResults.File(
                    System.Text.Encoding.UTF8.GetBytes((await mediator.Send(new Management.GetCohortDashboard(cohort))).ToCsv(t)),
                    "text/csv; charset=utf-8", $"engagement-{cohort}.csv"))
            .RequireAuthorization();
        return endpoints;
    }
}
