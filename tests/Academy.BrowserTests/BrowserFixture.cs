using Academy.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Academy.BrowserTests;

/// <summary>The app on a real loopback socket (Kestrel) and Debian's Chromium driven by Playwright.</summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly SqliteApp app;

    public BrowserFixture()
        : this(new SqliteApp())
    {
    }

    protected BrowserFixture(SqliteApp app) => this.app = app;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The app itself, for arranging data through its own requests.</summary>
    public SqliteApp App => app;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public virtual async Task InitializeAsync()
    {
        app.UseKestrel(0);
        app.StartServer();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: ./test.sh installs Debian's chromium.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // This machine's network is closed: keep Chromium from calling home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A page in a new browser context; <paramref name="locale"/> sets the browser's language (its Accept-Language and
    /// <c>navigator.language</c>), <paramref name="timeZone"/> the zone its clock reports.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string? locale = null, string? timeZone = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            // The demo's people live in Helsinki: a sign-in takes the browser's zone for an account without one.
            TimezoneId = timeZone ?? "Europe/Helsinki",
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>A new page signed in as a demo account through the sign-in form, landed on "My learning".</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("academy-demo-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My learning", Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>A new page signed in as a fresh account that belongs to no cohort, made through the sign-up form.</summary>
    public async Task<IPage> OutsiderPageAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Your name").FillAsync("Outside Person");
        await page.GetByLabel("E-mail").FillAsync($"outsider-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password").FillAsync("a long enough passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My learning", Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Errors the pages wrote to the console, Content-Security-Policy violations among them.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> ConsoleErrors { get; } = [];

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await app.DisposeAsync();
    }
}
