using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Reflections;

/// <summary>The Reflections module's one entry point.</summary>
public static class ReflectionsModule
{
    public static IServiceCollection AddReflectionsModule(this IServiceCollection services, IConfiguration configuration) => services;
}
