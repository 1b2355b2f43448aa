using System.Text.Json;
using Microsoft.Playwright;

namespace Academy.BrowserTests;

/// <summary>Runs axe-core (vendored from npm) in the page and returns the serious and critical violations.</summary>
internal static class Accessibility
{
    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "TestData", "axe-core", "axe.min.js");

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxeScript });
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
