using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Discussions;

/// <summary>The Discussions module's one entry point.</summary>
public static class DiscussionsModule
{
    public static IServiceCollection AddDiscussionsModule(this IServiceCollection services, IConfiguration configuration) => services;
}
