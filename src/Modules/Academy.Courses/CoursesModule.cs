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
        services.AddScoped<Data.ICoursesData, Data.CoursesData>();
        services.AddSingleton<Data.CoursesQueries>();
        services.AddScoped<Academy.Contracts.Privacy.IPersonalDataProvider, Learning.Progress.ProgressPersonalData>();
        services.AddMemoryCache(); // published module content, kept by revision
        services.AddScoped<ICourseContentImporter, CourseContentImporter>();
        services.AddSingleton<Learning.Schedule.ModuleReleaseCache>();
        services.AddSingleton<Learning.Schedule.CohortOwnDatesMemory>();
        services.AddSingleton<Learning.Schedule.CourseOutlines>();
        services.AddScoped<Demo.IDemoProgressSeeder, Demo.DemoProgressSeeder>();
        services.AddScoped<Authoring.ScheduledPublisher>();
        if (configuration.GetValue("Courses:ScheduledPublishing", true))
        {
            services.AddHostedService<Authoring.ScheduledPublishingService>();
        }
        return services;
    }

    /// <summary>The module's endpoints that are not pages: a course's export in the content format, and its pictures.</summary>
    public static IEndpointRouteBuilder MapCoursesModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/teach/courses/{course}/export.zip", async (string course, MediatR.IMediator mediator) =>
                TypedResults.File(await mediator.Send(new Authoring.ExportCourse(course)), "application/zip", $"{course}.zip"))
            .RequireAuthorization();
        endpoints.MapGet("/courses/{course}/images/{file}", async (string course, string file, MediatR.IMediator mediator, HttpContext context) =>
        {
            var image = await mediator.Send(new Authoring.GetModuleImageFile(course, file));
            // A name is never reused for other bytes within a course, so browsers may keep it.
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return TypedResults.File(image.Bytes, image.ContentType);
        });
        return endpoints;
    }
}
