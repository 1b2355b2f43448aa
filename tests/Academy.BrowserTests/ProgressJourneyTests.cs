using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

public sealed class ProgressJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_learner_reads_module_one_marks_it_complete_sees_progress_everywhere_and_continues_to_module_two()
    {
        var page = await browser.SignedInPageAsync("learner3@academy.test");

        await page.GotoAsync("/courses/social-media-for-leaders");
        var courseHomeViolations = await Accessibility.ViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Why leaders should engage personally", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Why leaders should engage personally", Level = 1 })).ToBeVisibleAsync();
        var modulePageViolations = await Accessibility.ViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as complete" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have completed this module" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Social Media for Leaders" }).First.ClickAsync();
        await Expect(page.Locator(".progress-panel .progress-label")).ToHaveTextAsync("1 of 7 modules completed");

        await page.GotoAsync("/");
        await Expect(page.Locator(".learning-card .progress-label")).ToHaveTextAsync("1 of 7 modules completed");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start module 2: Your radar: monitoring and smart filtering" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your radar: monitoring and smart filtering", Level = 1 })).ToBeVisibleAsync();

        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.GotoAsync("/courses/social-media-for-leaders");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "course-home-progress.png"), FullPage = true });
        Assert.Empty(browser.ConsoleErrors);
        Assert.True(courseHomeViolations.Count == 0, string.Join("\n", courseHomeViolations));
        Assert.True(modulePageViolations.Count == 0, string.Join("\n", modulePageViolations));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/cohorts/mba-2026")]
    [InlineData("/Account/Login")]
    public async Task Pages_pass_an_accessibility_scan(string path)
    {
        var page = path.StartsWith("/Account", StringComparison.Ordinal)
            ? await browser.NewPageAsync()
            : await browser.SignedInPageAsync("learner4@academy.test");

        await page.GotoAsync(path);

        await Accessibility.AssertNoViolationsAsync(page);
    }
}
