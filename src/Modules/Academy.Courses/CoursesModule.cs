using Academy.Courses.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Courses;

/// <summary>The Courses module's one entry point: content, progress and authoring of courses.</summary>
public static class CoursesModule
{
    public static IServiceCollection AddCoursesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICourseContentImporter, CourseContentImporter>();
        services.AddScoped<Authoring.ScheduledPublisher>();
        if (configuration.GetValue("Courses:ScheduledPublishing", true))
        {
            services.AddHostedService<Authoring.ScheduledPublishingService>();
        }
        return services;
    }

    /// <summary>The module's endpoint that is not a page: a course's export in the content format.</summary>
    public static IEndpointRouteBuilder MapCoursesModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/teach/courses/{course}/export.zip", async (string course, MediatR.IMediator mediator) =>
                TypedResults.File(await mediator.Send(new Authoring.ExportCourse(course)), "application/zip", $"{course}.zip"))
            .RequireAuthorization();
        return endpoints;
    }
}
