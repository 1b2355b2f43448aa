using Academy.IntegrationTests.Data;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

/// <summary>The demo as <c>dotnet run</c> starts it, in its third week.</summary>
public sealed class LivingDemoBrowserFixture() : BrowserFixture(new LivingDemoSqliteApp());

/// <summary>What a newcomer sees in the first five minutes of the demo: a cohort that is alive.</summary>
public sealed class LivingDemoJourneyTests(LivingDemoBrowserFixture browser) : IClassFixture<LivingDemoBrowserFixture>
{
    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"living-demo-{name}.png"), FullPage = true });

    [Fact]
    public async Task A_newcomer_finds_my_learning_a_thread_the_instructors_queue_and_the_network_full_of_the_cohorts_first_weeks()
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var aino = await browser.SignedInPageAsync("learner1@academy.test");
        await Expect(aino.Locator(".notifications-link [data-unread-count=\"/notifications/unread-count\"]")).ToHaveTextAsync("5 new");
        await ShotAsync(aino, "my-learning");

        await aino.GotoAsync("/cohorts/mba-2026/discussions");
        await Expect(aino.Locator(".badge.new").First).ToBeVisibleAsync();
        await aino.GetByRole(AriaRole.Link, new() { Name = "Distraction or dashboard?" }).ClickAsync();
        await Expect(aino.GetByRole(AriaRole.Heading, new() { Name = "Distraction or dashboard?", Level = 1 })).ToBeVisibleAsync();
        Assert.True(await aino.Locator("ol.posts article").CountAsync() >= 6, "The prompt and its five replies");
        await Expect(aino.Locator("ol.posts blockquote").First).ToContainTextAsync("fewer sessions with a clear question");
        await ShotAsync(aino, "thread");

        var instructor = await browser.SignedInPageAsync("instructor@academy.test");
        await instructor.GotoAsync("/teach/cohorts/mba-2026");
        Assert.True(await instructor.Locator(".attention-list li").CountAsync() >= 5, "Reflections to review, an extension request, a flag, an unanswered thread");
        await Expect(instructor.Locator(".attention-list")).ToContainTextAsync("Daniel Okafor");
        await ShotAsync(instructor, "instructor-dashboard");

        await aino.GotoAsync("/cohorts/mba-2026/network");
        await Expect(aino.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await ShotAsync(aino, "network");

        Assert.Empty(browser.ConsoleErrors);
    }
}
