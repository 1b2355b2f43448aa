using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace Academy.IntegrationTests.Localization;

/// <summary>
/// The living demo (the cohort in week 3) with every localized string wrapped in <see cref="PseudoLocalizer.Start"/> …
/// <see cref="PseudoLocalizer.End"/>, so text a page shows without the markers did not come from resources. Each answer
/// names the route pattern it was mapped by (<see cref="PseudoLocalizedApp.RouteHeader"/>), for what a crawl covered.
/// </summary>
public sealed class PseudoLocalizedApp : SqliteApp
{
    public const string RouteHeader = "X-Test-Route-Pattern";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Activity"] = "true" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var original = services.Last(service => service.ServiceType == typeof(IStringLocalizerFactory));
            services.Remove(original);
            services.AddSingleton<IStringLocalizerFactory>(provider => new PseudoLocalizerFactory(
                (IStringLocalizerFactory)(original.ImplementationInstance ?? original.ImplementationFactory?.Invoke(provider)
                                          ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!))));
            services.AddTransient<IStartupFilter, RoutePatternHeader>();
        });
    }

    /// <summary>Says on each answer which route pattern mapped it, once routing has chosen.</summary>
    private sealed class RoutePatternHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    if (context.GetEndpoint() is RouteEndpoint endpoint)
                    {
                        context.Response.Headers[RouteHeader] = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
                    }

                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Every localizer it creates wraps what it says in markers.</summary>
public sealed class PseudoLocalizerFactory(IStringLocalizerFactory inner) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PseudoLocalizer(inner.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new PseudoLocalizer(inner.Create(baseName, location));
}

/// <summary>
/// A localized string, formatted or not, as <c>[!!…!!]</c>. Date patterns that are resources come out wrapped too
/// (<c>[!!d MMM!!]</c> formats as <c>[!!9 Dec!!]</c>: neither bracket nor '!' means anything in a date pattern).
/// </summary>
public sealed class PseudoLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    public const string Start = "[!!";
    public const string End = "!!]";

    public LocalizedString this[string name] => Wrap(inner[name]);

    public LocalizedString this[string name, params object[] arguments] => Wrap(inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures).Select(Wrap);

    private static LocalizedString Wrap(LocalizedString text) => new(text.Name, Start + text.Value + End, text.ResourceNotFound, text.SearchedLocation);
}
