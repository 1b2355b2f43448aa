using System.Reflection;

namespace Academy.Web;

/// <summary>The assemblies that make up Academy: listed once, handed to routing, MediatR and EF Core.</summary>
internal static class ModuleAssemblies
{
    public static readonly Assembly Host = typeof(ModuleAssemblies).Assembly;

    /// <summary>Module assemblies with pages, handlers and entity configurations.</summary>
    public static readonly Assembly[] Modules =
    [
        typeof(Courses.CoursesModule).Assembly,
        typeof(Discussions.DiscussionsModule).Assembly,
        typeof(Reflections.ReflectionsModule).Assembly,
        typeof(Cohorts.CohortsModule).Assembly,
    ];

    public static readonly Assembly[] All = [Host, .. Modules];
}
