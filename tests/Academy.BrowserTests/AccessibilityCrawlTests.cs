using System.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Academy.BrowserTests;

/// <summary>
/// axe on every page a visitor, a learner, the instructor and the admin of the living demo reach by following links,
/// in English and in Finnish, at a desktop (1366 px) and a phone (390 px) width.
/// </summary>
public sealed class AccessibilityCrawlTests(LivingDemoBrowserFixture browser, ITestOutputHelper output) : IClassFixture<LivingDemoBrowserFixture>
{
    private const int Desktop = 1366;
    private const int Phone = 390;

    /// <summary>Pages of one route this many times at most: look-alikes add time, not findings.</summary>
    private const int PagesPerRoute = 2;

    public static TheoryData<string> Roles => new() { "visitor", "learner1@academy.test", "instructor@academy.test", "admin@academy.test" };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_passes_axe_in_both_languages_at_both_widths(string role)
    {
        var clock = Stopwatch.StartNew();
        var routes = Routes();
        var findings = new List<string>();
        var scans = 0;
        var pages = 0;
        string? signedIn = null;
        foreach (var locale in new[] { "en-GB", "fi-FI" })
        {
            var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = browser.BaseUrl,
                ViewportSize = new ViewportSize { Width = Desktop, Height = 900 },
                Locale = locale,
                TimezoneId = "Europe/Helsinki",
                StorageState = signedIn,
            });
            var page = await context.NewPageAsync();
            if (role != "visitor" && signedIn is null)
            {
                await page.GotoAsync("/Account/Login");
                await page.Locator("#email").FillAsync(role);
                await page.Locator("#password").FillAsync("academy-demo-2026");
                await page.Locator("main form button[type=submit]").ClickAsync();
                await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
            }

            var queue = new Queue<string>(StartAddresses);
            var seen = new HashSet<string>(StartAddresses, StringComparer.Ordinal);
            var perRoute = new Dictionary<string, int>(StringComparer.Ordinal);
            while (queue.TryDequeue(out var address))
            {
                var response = await page.GotoAsync(address);
                pages++;
                var lang = await page.EvaluateAsync<string>("() => document.documentElement.lang");
                if (lang != locale[..2])
                {
                    findings.Add($"{locale} {address}: <html lang=\"{lang}\">");
                }

                // What folds away (menus, moderation, older versions) is scanned open.
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(details => { details.open = true; })");
                foreach (var width in new[] { Desktop, Phone })
                {
                    await page.SetViewportSizeAsync(width, 900);
                    scans++;
                    foreach (var violation in await Accessibility.ViolationsAsync(page))
                    {
                        findings.Add($"{locale} {width}px {address} [{response?.Status}]: {violation}");
                    }
                }

                await page.SetViewportSizeAsync(Desktop, 900);
                foreach (var link in await page.EvaluateAsync<string[]>(CollectLinks))
                {
                    var route = RouteOf(routes, link);
                    if (route is null || Skipped(link) || !seen.Add(link))
                    {
                        continue;
                    }

                    perRoute[route] = perRoute.GetValueOrDefault(route) + 1;
                    if (perRoute[route] <= PagesPerRoute)
                    {
                        queue.Enqueue(link);
                    }
                }
            }

            if (role != "visitor")
            {
                signedIn ??= await context.StorageStateAsync();
            }

            await context.CloseAsync();
        }

        output.WriteLine($"{role}: {pages} pages, {scans} axe runs, {clock.Elapsed.TotalSeconds:0} s");
        File.AppendAllText("/tmp/a11y-findings.txt", string.Join("\n", findings.Prepend($"== {role}")) + "\n");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    /// <summary>Home, and the page of an address that leads nowhere, which no link reaches.</summary>
    private static readonly string[] StartAddresses = ["/", "/no-such-page"];

    /// <summary>Same-origin links of the page, as path and query, without fragments.</summary>
    private const string CollectLinks = """
        () => Array.from(document.querySelectorAll('a[href]'))
          .map(a => new URL(a.href, location.href))
          .filter(url => url.origin === location.origin)
          .map(url => url.pathname + url.search)
        """;

    private static bool Skipped(string address) =>
        address.StartsWith("/Account/Logout", StringComparison.Ordinal)
        || Path.GetExtension(address.Split('?')[0]) is ".ics" or ".csv" or ".zip" or ".json" or ".png" or ".jpg" or ".svg";

    private List<(RouteTemplate Template, TemplateMatcher Matcher, string Raw)> Routes() =>
        browser.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Select(raw => TemplateParser.Parse(raw))
            .OrderBy(RoutePrecedence.ComputeInbound)
            .Select(template => (template, new TemplateMatcher(template, new RouteValueDictionary()), template.TemplateText!))
            .ToList();

    private static string? RouteOf(List<(RouteTemplate Template, TemplateMatcher Matcher, string Raw)> routes, string address)
    {
        var path = address.Split('?')[0];
        foreach (var (_, matcher, raw) in routes)
        {
            if (matcher.TryMatch(path, new RouteValueDictionary()) && raw != "/{**path:file}")
            {
                return raw;
            }
        }

        return null;
    }
}
