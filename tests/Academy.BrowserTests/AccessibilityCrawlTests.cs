using System.Diagnostics;
using System.Net;
using Academy.IntegrationTests.Infrastructure;
using Academy.IntegrationTests.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Caller = Academy.IntegrationTests.Security.EndpointAccessMatrixTests<Academy.IntegrationTests.Security.SqliteMatrixApp>.Caller;

namespace Academy.BrowserTests;

/// <summary>
/// axe on every page a visitor, a learner, the instructor and the admin of the living demo reach by following links
/// (<see cref="SiteCrawl"/>), in English and in Finnish, at a desktop (1366 px) and a phone (390 px) width. Each role
/// and language has one browser context and one page; each address is scanned wide, then narrowed and scanned again
/// without reloading.
/// </summary>
public sealed class AccessibilityCrawlTests(LivingDemoBrowserFixture browser, ITestOutputHelper output) : IClassFixture<LivingDemoBrowserFixture>
{
    private const int Desktop = 1366;
    private const int Phone = 390;
    private const int Height = 900;
    /// <summary>Addresses of one shape (<see cref="SiteCrawl.LookAlike"/>) scanned at most: look-alikes add minutes, not findings.</summary>
    private const int ScansPerLookAlike = 1;

    [Theory]
    [MemberData(nameof(DemoCrawl.Callers), MemberType = typeof(DemoCrawl))]
    public async Task Every_page_passes_axe_in_English_and_Finnish_at_desktop_and_phone_widths(Caller caller, string? email, string[] homes)
    {
        var clock = Stopwatch.StartNew();
        var addresses = await AddressesToScanAsync(caller, email, homes);
        var english = await NewPageAsync("en-GB", storageState: null);
        string? signedIn = null;
        if (email is not null)
        {
            await SignInAsync(english, email);
            signedIn = await english.Context.StorageStateAsync();
        }

        // The demo's people choose no language, so the browser's decides: the same sign-in reads Finnish in a Finnish browser.
        var finnish = await NewPageAsync("fi-FI", signedIn);
        var findings = (await Task.WhenAll(ScanAsync(english, "en", addresses), ScanAsync(finnish, "fi", addresses))).SelectMany(list => list).ToList();
        await english.Context.CloseAsync();
        await finnish.Context.CloseAsync();
        var scans = addresses.Count * 2 * 2;

        output.WriteLine($"{caller}: {addresses.Count} addresses × 2 languages × 2 widths = {scans} axe runs in {clock.Elapsed.TotalSeconds:0} s");
        output.WriteLine(string.Join(Environment.NewLine, addresses));
        Assert.True(findings.Count == 0, $"{findings.Count} findings:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    private async Task<IPage> NewPageAsync(string locale, string? storageState)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl,
            ViewportSize = new ViewportSize { Width = Desktop, Height = Height },
            Locale = locale,
            TimezoneId = "Europe/Helsinki",
            StorageState = storageState,
        });
        await Accessibility.PreloadAsync(context);
        return await context.NewPageAsync();
    }

    /// <summary>Each address at both widths, on one page: wide, then narrowed without reloading.</summary>
    private static async Task<List<string>> ScanAsync(IPage page, string language, IReadOnlyList<string> addresses)
    {
        var findings = new List<string>();
        foreach (var address in addresses)
        {
            await page.SetViewportSizeAsync(Desktop, Height);
            var response = await page.GotoAsync(address);

            // What folds away (menus, moderation, older versions) is scanned unfolded.
            var lang = await page.EvaluateAsync<string>("""
                () => {
                  document.querySelectorAll('details').forEach(details => { details.open = true; });
                  return document.documentElement.lang;
                }
                """);
            if (lang != language)
            {
                findings.Add($"{language} {address}: <html lang=\"{lang}\">");
            }

            findings.AddRange((await Accessibility.ViolationsAsync(page)).Select(violation => $"{language} {Desktop}px {address} ({response?.Status}): {violation}"));

            // On a phone the open account menu lies over the page's top, and axe could not tell the contrast beneath it.
            await page.EvaluateAsync("() => document.querySelectorAll('.account-menu').forEach(menu => { menu.open = false; })");
            await page.SetViewportSizeAsync(Phone, Height);
            findings.AddRange((await Accessibility.ViolationsAsync(page)).Select(violation => $"{language} {Phone}px {address} ({response?.Status}): {violation}"));

            // Reflow (WCAG 1.4.10): a phone scrolls the page one way only.
            var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (pageWidth > Phone)
            {
                findings.Add($"{language} {Phone}px {address}: the page is {pageWidth} px wide");
            }
        }

        return findings;
    }

    /// <summary>
    /// The pages the caller reaches by following links from the access matrix's fixed addresses and their homes, at most
    /// <see cref="ScansPerLookAlike"/> of a shape, and one page of an address that leads nowhere. Fails when they leave out
    /// a page the matrix lets the caller open, so the scan cannot silently shrink.
    /// </summary>
    private async Task<IReadOnlyList<string>> AddressesToScanAsync(Caller caller, string? email, string[] homes)
    {
        // Over the socket the browser uses: the factory's in-memory client does not reach an app served by Kestrel.
        using var client = new AcademyClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(browser.BaseUrl),
        });
        if (email is not null)
        {
            await client.SignInAsync(email);
        }

        var crawl = await SiteCrawl.CrawlAsync(client, DemoCrawl.Starts(homes));
        var notFound = crawl.NotFollowed.Where(page => page.Status == HttpStatusCode.NotFound && page.Response.Content.Headers.ContentType?.MediaType == "text/html");
        var addresses = crawl.Pages.Concat(notFound.OrderBy(page => page.Url != "/not-found").Take(1)).Select(page => page.Url)
            .GroupBy(SiteCrawl.LookAlike).SelectMany(shape => shape.Take(ScansPerLookAlike)).ToList();

        var routes = Routes();
        var scanned = addresses.Select(address => RouteOf(routes, address)).OfType<string>().ToHashSet();
        var missed = DemoCrawl.Missed(caller, scanned);
        Assert.True(missed.Count == 0, $"The scan as {caller} leaves out: {string.Join(", ", missed)}");
        return addresses;
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(AcademyClient.DemoPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>The app's GET routes, most specific first, as the access matrix writes them.</summary>
    private List<(string Pattern, TemplateMatcher Matcher)> Routes() =>
        browser.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(pattern => !pattern.Contains("**", StringComparison.Ordinal))
            .Distinct()
            .Select(pattern => TemplateParser.Parse(pattern))
            .OrderBy(RoutePrecedence.ComputeInbound)
            .Select(template => (template.TemplateText!, new TemplateMatcher(template, new RouteValueDictionary())))
            .ToList();

    /// <summary>The route an address answers on; route constraints aside, which the addresses the site links to do not need.</summary>
    private static string? RouteOf(List<(string Pattern, TemplateMatcher Matcher)> routes, string address) =>
        routes.FirstOrDefault(route => route.Matcher.TryMatch(address.Split('?')[0], new RouteValueDictionary())).Pattern;
}
