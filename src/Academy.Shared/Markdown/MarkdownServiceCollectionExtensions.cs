using Microsoft.Extensions.DependencyInjection;

namespace Academy.Shared.Markdown;

public static class MarkdownServiceCollectionExtensions
{
    public static IServiceCollection AddAcademyMarkdown(this IServiceCollection services) =>
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
}
