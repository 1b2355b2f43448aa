using System.Text.Json;
using Microsoft.Playwright;

namespace Academy.BrowserTests;

/// <summary>Runs axe-core (vendored from npm) in the page and returns the serious and critical violations.</summary>
internal static class Accessibility
{
    private static readonly Lazy<string> AxeScript = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "axe-core", "axe.min.js")));

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern
        // (a script tag would be refused, rightly).
        await page.EvaluateAsync($"() => {{ {AxeScript.Value}\n }}");
        await page.WaitForFunctionAsync("() => typeof window.axe !== 'undefined'");
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')})`);
            }
            """);
        return json.EnumerateArray().Select(item => item.GetString()!).ToList();
    }
}
