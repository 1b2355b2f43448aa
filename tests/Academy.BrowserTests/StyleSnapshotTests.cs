using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Academy.BrowserTests;

/// <summary>
/// The main pages of every module, at a desktop and a phone width, as full-page screenshots and every element's
/// computed style, kept under <c>TestResults/style-snapshots</c>. Given a commit in <c>ACADEMY_STYLE_BASELINE</c>,
/// each page is drawn a second time with that commit's stylesheets swapped in for the current ones (same page,
/// same data, same moment), also in forced colours and for print, and any differing pixel or computed property
/// fails the test: how a stylesheet change that must not show (rules moved between sheets) is proven.
/// Without the variable it only records. docs/styles.md has the steps and the last figures.
/// </summary>
public sealed partial class StyleSnapshotTests(LivingDemoBrowserFixture browser, ITestOutputHelper output) : IClassFixture<LivingDemoBrowserFixture>
{
    public const string BaselineVariable = "ACADEMY_STYLE_BASELINE";
    private const string Cohort = "/cohorts/mba-2026";
    private const string Course = "/courses/social-media-for-leaders";
    private const string Learner = "learner1@academy.test";
    private const string Instructor = "instructor@academy.test";
    private const string Admin = "admin@academy.test";
    private const string BaselinePath = "/__style-baseline/";

    public static string SnapshotFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "style-snapshots");

    private sealed record Shot(string Name, string? Email, string Path);

    private sealed record Mode(string Name, int Width, int Height, ForcedColors ForcedColors, Media Media, bool OnlyAgainstBaseline);

    private static readonly Mode[] Modes =
    [
        new("desktop", 1280, 900, ForcedColors.None, Media.Screen, false),
        new("phone", 390, 844, ForcedColors.None, Media.Screen, false),
        new("desktop-forced-colors", 1280, 900, ForcedColors.Active, Media.Screen, true),
        new("desktop-print", 1280, 900, ForcedColors.None, Media.Print, true),
    ];

    /// <summary>
    /// Every element (html, body and all under it) by its place in the document, with its computed style as
    /// "name:value" lines (custom properties included) and its ::before, ::after, ::marker and ::placeholder where
    /// they exist. Each distinct style is stored once and referred to by number.
    /// </summary>
    private const string CollectComputedStyles = """
        () => {
          const styles = [], numbers = new Map(), elements = {};
          const styleNumber = computed => {
            const text = Array.from(computed).sort().map(name => name + ':' + computed.getPropertyValue(name)).join('\n');
            if (!numbers.has(text)) { numbers.set(text, styles.length); styles.push(text); }
            return numbers.get(text);
          };
          const path = element => {
            const steps = [];
            for (let node = element; node; node = node.parentElement) {
              const index = node.parentElement ? Array.prototype.indexOf.call(node.parentElement.children, node) : 0;
              steps.unshift(node.localName + ':' + index);
            }
            return steps.join('>');
          };
          for (const element of [document.documentElement, document.body, ...document.body.querySelectorAll('*')]) {
            const key = path(element);
            const own = getComputedStyle(element);
            elements[key] = styleNumber(own);
            for (const pseudo of ['::before', '::after']) {
              const computed = getComputedStyle(element, pseudo);
              if (computed.content !== 'none' && computed.content !== 'normal') { elements[key + pseudo] = styleNumber(computed); }
            }
            if (own.display === 'list-item') { elements[key + '::marker'] = styleNumber(getComputedStyle(element, '::marker')); }
            if (element.hasAttribute('placeholder')) { elements[key + '::placeholder'] = styleNumber(getComputedStyle(element, '::placeholder')); }
          }
          return JSON.stringify({ styles, elements });
        }
        """;

    /// <summary>
    /// Loads the baseline's sheets (served by a route) without applying them, then in one step switches them on
    /// and the page's own sheets off, so no moment with both or neither can start a transition.
    /// </summary>
    private const string SwapInBaselineStylesheets = """
        async ([prefix, count]) => {
          const current = [...document.querySelectorAll('link[rel=stylesheet]')];
          const baseline = [];
          for (let index = 0; index < count; index++) {
            const link = document.createElement('link');
            link.rel = 'stylesheet';
            link.media = 'not all';
            link.href = prefix + index + '.css';
            baseline.push(new Promise((resolve, reject) => { link.onload = () => resolve(link); link.onerror = reject; }));
            document.head.append(link);
          }
          const loaded = await Promise.all(baseline);
          current.forEach(link => link.media = 'not all');
          loaded.forEach(link => link.removeAttribute('media'));
          await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
        """;

    /// <summary>Two PNGs (base64) drawn on canvases: their sizes and how many pixels differ.</summary>
    private const string CountDifferingPixels = """
        async ([before, after]) => {
          const load = data => new Promise((resolve, reject) => {
            const image = new Image();
            image.onload = () => resolve(image);
            image.onerror = reject;
            image.src = 'data:image/png;base64,' + data;
          });
          const pixels = image => {
            const canvas = document.createElement('canvas');
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext('2d');
            context.drawImage(image, 0, 0);
            return context.getImageData(0, 0, image.width, image.height).data;
          };
          const [a, b] = [await load(before), await load(after)];
          if (a.width !== b.width || a.height !== b.height) {
            return `${a.width}x${a.height} against ${b.width}x${b.height}`;
          }
          const [pa, pb] = [pixels(a), pixels(b)];
          let differing = 0;
          for (let i = 0; i < pa.length; i += 4) {
            if (pa[i] !== pb[i] || pa[i + 1] !== pb[i + 1] || pa[i + 2] !== pb[i + 2] || pa[i + 3] !== pb[i + 3]) { differing++; }
          }
          return differing === 0 ? '' : `${differing} of ${a.width}x${a.height} pixels`;
        }
        """;

    [Fact]
    public async Task The_main_pages_look_the_same_with_the_baseline_commits_stylesheets_at_desktop_and_phone_widths()
    {
        var baselineCommit = Environment.GetEnvironmentVariable(BaselineVariable);
        var baselineSheets = string.IsNullOrWhiteSpace(baselineCommit) ? null : BaselineStylesheets(baselineCommit);
        if (Directory.Exists(SnapshotFolder))
        {
            Directory.Delete(SnapshotFolder, recursive: true);
        }

        Directory.CreateDirectory(SnapshotFolder);
        var pages = new Dictionary<string, IPage>();
        async Task<IPage> PageOfAsync(string? email)
        {
            var key = email ?? "anonymous";
            if (!pages.TryGetValue(key, out var page))
            {
                page = email is null ? await browser.NewPageAsync() : await browser.SignedInPageAsync(email);
                if (baselineSheets is not null)
                {
                    await page.RouteAsync($"**{BaselinePath}*.css", route => route.FulfillAsync(new()
                    {
                        ContentType = "text/css",
                        Body = baselineSheets[int.Parse(Path.GetFileNameWithoutExtension(new Uri(route.Request.Url).AbsolutePath))],
                    }));
                }

                pages[key] = page;
            }

            return page;
        }

        // Addresses with an id or a number in them are read from the page that links to them.
        async Task<string> LinkAsync(string? email, string from, string selector)
        {
            var page = await PageOfAsync(email);
            await page.GotoAsync(from);
            return (await page.Locator(selector).First.GetAttributeAsync("href"))!;
        }

        var shots = new List<Shot>
        {
            new("home", null, "/"),
            new("sign-in", null, "/Account/Login"),
            new("my-learning", Learner, "/"),
            new("course", Learner, Course),
            new("module", Learner, Course + "/modules/why-leaders-engage"),
            new("cohort", Learner, Cohort),
            new("discussions", Learner, Cohort + "/discussions"),
            new("thread", Learner, await LinkAsync(Learner, Cohort + "/discussions", "main a:text-is('Distraction or dashboard?')")),
            new("new-thread", Learner, Cohort + "/discussions/new?space=networks-over-teams"),
            new("discussion-search", Learner, Cohort + "/discussions/search?q=dashboard"),
            new("moderation", Instructor, Cohort + "/discussions/moderation"),
            new("my-reflections", Learner, Cohort + "/reflections"),
            new("reflection-editor", Learner, Cohort + "/reflections/my-reasons"),
            new("gallery", Learner, Cohort + "/reflections/my-reasons/gallery"),
            new("review-queue", Instructor, Cohort + "/reflections/review"),
            new("review", Instructor, await LinkAsync(Instructor, Cohort + "/reflections/review", "main a[href*='/reflections/review/']")),
            new("deadlines", Instructor, Cohort + "/reflections/deadlines"),
            new("directory", Learner, Cohort + "/people"),
            new("profile", Learner, await LinkAsync(Learner, Cohort + "/people", "main a:text-is('Mikko Laine')")),
            new("edit-profile", Learner, "/profile"),
            new("connections", Learner, "/connections"),
            new("network", Learner, Cohort + "/network"),
            new("notifications", Learner, "/notifications"),
            new("account", Learner, "/Account/Manage"),
            new("teach", Instructor, "/teach"),
            new("course-authoring", Instructor, "/teach/courses/social-media-for-leaders"),
            new("module-editor", Instructor, "/teach/courses/social-media-for-leaders/modules/your-radar"),
            new("module-history", Instructor, "/teach/courses/social-media-for-leaders/modules/your-radar/history"),
            new("cohort-dashboard", Instructor, "/teach" + Cohort),
            new("admin", Admin, "/admin"),
        };

        var report = new StringBuilder();
        var (compared, identicalPixels, elementsCompared, differences) = (0, 0, 0L, 0);
        var comparer = await browser.NewPageAsync();
        foreach (var mode in Modes.Where(mode => baselineSheets is not null || !mode.OnlyAgainstBaseline))
        {
            foreach (var shot in shots)
            {
                var page = await PageOfAsync(shot.Email);
                await page.SetViewportSizeAsync(mode.Width, mode.Height);
                await page.EmulateMediaAsync(new() { ForcedColors = mode.ForcedColors, Media = mode.Media });
                var response = await page.GotoAsync(shot.Path);
                Assert.True(response?.Ok, $"{shot.Name} ({shot.Path}) answered {response?.Status}");
                await SettleAsync(page);
                var name = $"{shot.Name}-{mode.Name}";
                var (screenshot, styles) = await CaptureAsync(page, name);
                if (baselineSheets is null)
                {
                    await File.WriteAllTextAsync(Path.Combine(SnapshotFolder, name + ".json"), styles);
                    continue;
                }

                await page.EvaluateAsync(SwapInBaselineStylesheets, new object[] { BaselinePath, baselineSheets.Count });
                var (baselineScreenshot, baselineStyles) = await CaptureAsync(page, name + "-baseline");
                compared++;
                var pixels = screenshot.AsSpan().SequenceEqual(baselineScreenshot) ? string.Empty
                    : await comparer.EvaluateAsync<string>(CountDifferingPixels, new[] { Convert.ToBase64String(baselineScreenshot), Convert.ToBase64String(screenshot) });
                if (pixels.Length == 0)
                {
                    identicalPixels++;
                }
                else
                {
                    differences++;
                    report.AppendLine($"{name}: {pixels} differ");
                }

                var (elements, styleDifferences) = CompareStyles(baselineStyles, styles);
                elementsCompared += elements;
                if (styleDifferences.Length > 0)
                {
                    differences++;
                    report.AppendLine($"{name}: computed styles differ").Append(styleDifferences);
                }
            }
        }

        if (baselineSheets is null)
        {
            output.WriteLine($"Recorded {shots.Count} pages at {Modes.Count(mode => !mode.OnlyAgainstBaseline)} widths in {SnapshotFolder}; "
                             + $"set {BaselineVariable} to a commit to compare with its stylesheets.");
            return;
        }

        report.Insert(0, $"{shots.Count} pages x {Modes.Length} modes ({string.Join(", ", Modes.Select(mode => mode.Name))}) = {compared} "
                         + $"compared with the stylesheets of {baselineCommit}: {identicalPixels} identical pixel for pixel, "
                         + $"{elementsCompared} elements and pseudo-elements' computed styles compared, {differences} differences.\n");
        await File.WriteAllTextAsync(Path.Combine(SnapshotFolder, "comparison.txt"), report.ToString());
        output.WriteLine(report.ToString());
        Assert.True(differences == 0, report.ToString());
    }

    /// <summary>
    /// A full-page screenshot and the computed styles. The network graph's drawing is masked: Cytoscape paints that
    /// canvas a little differently on each redraw, whatever the stylesheets; its box still counts, and its styles.
    /// </summary>
    private static async Task<(byte[] Screenshot, string Styles)> CaptureAsync(IPage page, string name)
    {
        var screenshot = await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(SnapshotFolder, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled,
            Mask = [page.Locator("#network-graph")],
        });
        return (screenshot, await page.EvaluateAsync<string>(CollectComputedStyles));
    }

    /// <summary>Waits until the fonts are in and the page's scripts have drawn (the network graph, the dashboard's charts).</summary>
    private static async Task SettleAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.WaitForFunctionAsync("() => !document.querySelector('[aria-busy=true]')");
        if (await page.Locator("canvas, #network-graph").CountAsync() > 0)
        {
            // Chart.js and Cytoscape animate their first drawing (300 and 450 ms).
            await page.WaitForTimeoutAsync(1500);
        }
    }

    /// <summary>
    /// The stylesheets the commit's App.razor links, in order, read from git: "css/site.css" is the host's
    /// wwwroot, "_content/Academy.X/..." a module's (or Academy.Shared's) wwwroot.
    /// </summary>
    private static List<string> BaselineStylesheets(string commit)
    {
        var app = Git("show", $"{commit}:src/Academy.Web/Components/App.razor");
        var sheets = new List<string>();
        foreach (Match link in StylesheetLink().Matches(app))
        {
            var href = link.Groups["href"].Value;
            var parts = href.Split('/', 3);
            string[] candidates = parts[0] == "_content"
                ? [$"src/Modules/{parts[1]}/wwwroot/{parts[2]}", $"src/{parts[1]}/wwwroot/{parts[2]}"]
                : ["src/Academy.Web/wwwroot/" + href];
            sheets.Add(candidates.Select(path => TryGit("show", $"{commit}:{path}")).FirstOrDefault(text => text is not null)
                       ?? throw new InvalidOperationException($"{href}, linked by {commit}'s App.razor, is not in {commit}."));
        }

        Assert.NotEmpty(sheets);
        return sheets;
    }

    [GeneratedRegex("""<link rel="stylesheet" href="/(?:@Assets\[")?(?<href>[^"\]]+)""")]
    private static partial Regex StylesheetLink();

    private static string Git(params string[] arguments) =>
        TryGit(arguments) ?? throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed.");

    private static string? TryGit(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var text = git.StandardOutput.ReadToEnd();
        git.StandardError.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode == 0 ? text : null;
    }

    /// <summary>The elements (by their place in the document) whose computed style differs, with a few properties each.</summary>
    private static (int Compared, string Text) CompareStyles(string beforeJson, string afterJson)
    {
        static Dictionary<string, string> Read(string json)
        {
            using var snapshot = JsonDocument.Parse(json);
            var styles = snapshot.RootElement.GetProperty("styles").EnumerateArray().Select(style => style.GetString()!).ToArray();
            return snapshot.RootElement.GetProperty("elements").EnumerateObject().ToDictionary(element => element.Name, element => styles[element.Value.GetInt32()]);
        }

        var (before, after) = (Read(beforeJson), Read(afterJson));
        var text = new StringBuilder();
        var differing = 0;
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            if (before.GetValueOrDefault(key) == after.GetValueOrDefault(key) || ++differing > 10)
            {
                continue;
            }

            var old = (before.GetValueOrDefault(key) ?? "(none)").Split('\n');
            var now = (after.GetValueOrDefault(key) ?? "(none)").Split('\n');
            text.AppendLine($"  {key}: {string.Join("; ", old.Except(now).Take(4))} -> {string.Join("; ", now.Except(old).Take(4))}");
        }

        if (differing > 10)
        {
            text.AppendLine($"  ... {differing} elements in all");
        }

        return (before.Count, text.ToString());
    }
}
