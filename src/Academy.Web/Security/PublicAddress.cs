using System.Net;
using Academy.Shared.Links;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace Academy.Web.Security;

/// <summary>
/// Where Academy says it lives, and whom it believes about the request. Links come from the configured public
/// address (<see cref="PublicSite"/>). Outside Development only that host is served: a request naming another
/// host is refused with 400 by the framework's host filter. Forwarded headers are believed only from the
/// proxies and networks named in configuration, and only for the client's address and scheme; X-Forwarded-Host
/// is never read, so no header can change a link.
/// </summary>
internal static class PublicAddress
{
    public static WebApplicationBuilder AddPublicAddress(this WebApplicationBuilder builder)
    {
        var site = PublicSite.FromConfiguration(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(site);

        if (!builder.Environment.IsDevelopment())
        {
            // Site:InternalHosts: names the app also answers to inside its own network (a container's health
            // check on localhost); they are never used for links.
            var internalHosts = builder.Configuration.GetSection("Site:InternalHosts").Get<string[]>() ?? [];
            builder.Services.Configure<HostFilteringOptions>(options =>
            {
                options.AllowedHosts = [site.Host, .. internalHosts];
                options.AllowEmptyHosts = false;
            });
        }

        var proxies = TrustedProxies.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(proxies);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Replaces the framework's defaults (loopback), and whatever ASPNETCORE_FORWARDEDHEADERS_ENABLED
            // would open: nobody is believed unless configured.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Addresses)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in proxies.Networks)
            {
                options.KnownIPNetworks.Add(network);
            }

            options.ForwardLimit = null; // a chain of known proxies is walked; the first unknown address stops it
        });
        return builder;
    }

    /// <summary>First in the pipeline, so the rate limits and cookies see the client behind a configured proxy.</summary>
    public static IApplicationBuilder UseTrustedProxies(this WebApplication app) =>
        app.Services.GetRequiredService<TrustedProxies>().Any ? app.UseForwardedHeaders() : app;

    /// <summary>
    /// Blazor's server-side navigation answers with an absolute Location built from the request's Host. A redirect
    /// within the site needs no host at all, so it is sent as a path: no response carries a host the caller chose.
    /// </summary>
    public static IApplicationBuilder UseHostFreeRedirects(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var location = context.Response.Headers.Location.ToString();
            if (location.Length > 0 && Uri.TryCreate(location, UriKind.Absolute, out var target) && IsThisRequestsOrigin(target, context.Request))
            {
                context.Response.Headers.Location = target.PathAndQuery + target.Fragment;
            }

            return Task.CompletedTask;
        });
        return next();
    });

    private static bool IsThisRequestsOrigin(Uri target, HttpRequest request) =>
        string.Equals(target.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(target.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
        && target.Port == (request.Host.Port ?? (request.IsHttps ? 443 : 80));
}

/// <summary>The reverse proxies and load balancers whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
internal sealed record TrustedProxies(IReadOnlyList<IPAddress> Addresses, IReadOnlyList<System.Net.IPNetwork> Networks)
{
    public bool Any => Addresses.Count > 0 || Networks.Count > 0;

    /// <summary><c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR, e.g. 10.0.0.0/8).</summary>
    public static TrustedProxies FromConfiguration(IConfiguration configuration)
    {
        var addresses = (configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            .Select(value => IPAddress.TryParse(value.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies has \"{value}\", which is not an IP address."))
            .ToList();
        var networks = (configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            .Select(value => System.Net.IPNetwork.TryParse(value.Trim(), out var network)
                ? network
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks has \"{value}\", which is not a network such as 10.0.0.0/8."))
            .ToList();
        return new TrustedProxies(addresses, networks);
    }
}
