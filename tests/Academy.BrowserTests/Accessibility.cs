using System.Text.Json;
using Microsoft.Playwright;

namespace Academy.BrowserTests;

/// <summary>One rule axe found broken on a page, with a few of the elements that break it.</summary>
internal sealed record AxeViolation(string Impact, string Rule, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Impact} {Rule}: {Help} ({string.Join(", ", Targets)})";
}

/// <summary>
/// Runs axe-core (vendored from npm) in the page against WCAG 2.2 A and AA and axe's best practices, with the
/// 24 px target size on, and returns the moderate, serious and critical violations.
/// </summary>
internal static class Accessibility
{
    private static readonly Lazy<string> AxeScript = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "axe-core", "axe.min.js")));

    /// <summary>
    /// The WCAG 2.2 AA tags (each level lists its own rules, so A and AA of every version), and axe's best practices,
    /// which hold the landmark and heading rules the design asks for. <c>target-size</c> (2.5.8) is off in axe's
    /// defaults; it is switched on by name.
    /// </summary>
    private const string Options = """
        {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          rules: { 'target-size': { enabled: true } },
          resultTypes: ['violations'],
        }
        """;

    /// <summary>
    /// Loads axe into every page the context opens, before the page's own scripts, for a context that scans page after
    /// page: cheaper than evaluating it into each page afterwards.
    /// </summary>
    public static Task PreloadAsync(IBrowserContext context) => context.AddInitScriptAsync(AxeScript.Value);

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern
        // (a script tag would be refused, rightly). A page scanned again without navigating keeps the axe it has.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.EvaluateAsync($"() => {{ {AxeScript.Value}\n }}");
            await page.WaitForFunctionAsync("() => typeof window.axe !== 'undefined'");
        }

        var json = await page.EvaluateAsync<JsonElement>($$"""
            async () => {
              const result = await axe.run(document, {{Options}});
              return result.violations
                .filter(v => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ impact: v.impact, rule: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 3) }));
            }
            """);
        return json.EnumerateArray()
            .Select(item => new AxeViolation(
                item.GetProperty("impact").GetString()!,
                item.GetProperty("rule").GetString()!,
                item.GetProperty("help").GetString()!,
                item.GetProperty("targets").EnumerateArray().Select(target => target.GetString()!).ToList()))
            .ToList();
    }

    /// <summary>Fails with every violation listed when axe finds any on the page as it is now.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}\n{string.Join("\n", violations)}");
    }
}
