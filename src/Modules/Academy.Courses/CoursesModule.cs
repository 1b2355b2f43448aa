using Academy.Courses.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Courses;

/// <summary>The Courses module's one entry point: content, progress and authoring of courses.</summary>
public static class CoursesModule
{
    public static IServiceCollection AddCoursesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICourseContentImporter, CourseContentImporter>();
        return services;
    }
}
