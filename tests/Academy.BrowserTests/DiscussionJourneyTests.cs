using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

public sealed class DiscussionJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Two_learners_and_their_instructor_hold_a_conversation_in_module_three_that_outsiders_cannot_see()
    {
        var aino = await browser.SignedInPageAsync("learner1@academy.test");
        var mikko = await browser.SignedInPageAsync("learner2@academy.test");
        var instructor = await browser.SignedInPageAsync("instructor@academy.test");

        // Aino starts a thread in module 3's space.
        await aino.GotoAsync("/cohorts/mba-2026/discussions?space=networks-over-teams");
        await aino.GetByRole(AriaRole.Link, new() { Name = "New thread" }).ClickAsync();
        await aino.GetByLabel("Title").FillAsync("Who bridges your teams?");
        await aino.GetByLabel("Your post").FillAsync("In my company **finance** never talks to sales. Who connects yours?");
        await aino.GetByRole(AriaRole.Button, new() { Name = "Start thread" }).ClickAsync();
        await Expect(aino.GetByRole(AriaRole.Heading, new() { Name = "Who bridges your teams?", Level = 1 })).ToBeVisibleAsync();
        var threadUrl = aino.Url;

        // Mikko replies; Aino, with the thread open, sees it arrive without reloading.
        await mikko.GotoAsync(threadUrl);
        await mikko.GetByLabel("Your reply").FillAsync("Our controller does, she sits with both.");
        await mikko.GetByRole(AriaRole.Button, new() { Name = "Post reply" }).ClickAsync();
        await Expect(aino.Locator("#post-2")).ToContainTextAsync("Our controller does");

        // Aino likes it (a live reply comes without buttons, so she reloads first): the post's button submits the page's
        // one like form, which it names; pressed again, it takes the like back.
        await aino.ReloadAsync();
        await aino.Locator("#post-2").GetByRole(AriaRole.Button, new() { Name = "Like" }).ClickAsync();
        await Expect(aino.Locator("#post-2").GetByRole(AriaRole.Button, new() { Name = "Liked" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(aino.Locator("#post-2").GetByRole(AriaRole.Link, new() { Name = "1 like" })).ToBeVisibleAsync();
        await aino.Locator("#post-2").GetByRole(AriaRole.Button, new() { Name = "Liked" }).ClickAsync();
        await Expect(aino.Locator("#post-2").GetByRole(AriaRole.Button, new() { Name = "Like", Exact = true })).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(aino.Locator("#post-2").GetByRole(AriaRole.Link, new() { Name = "1 like" })).ToHaveCountAsync(0);

        // Mikko quotes Aino's opening post and mentions her.
        await mikko.Locator("#post-1").GetByRole(AriaRole.Link, new() { Name = "Quote" }).ClickAsync();
        var quoteBox = mikko.GetByLabel("Your reply");
        await Expect(quoteBox).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^> \\*\\*Aino Virtanen\\*\\* \\[wrote\\]"));
        await quoteBox.PressAsync("Control+End");
        await quoteBox.PressSequentiallyAsync("@Ain");
        await Expect(mikko.GetByRole(AriaRole.Option, new() { Name = "Aino Virtanen" })).ToBeVisibleAsync();
        await quoteBox.PressAsync("Enter");
        await quoteBox.PressSequentiallyAsync(", start with one shared meeting a month.");
        await mikko.GetByRole(AriaRole.Button, new() { Name = "Post reply" }).ClickAsync();
        await Expect(aino.Locator("#post-3 blockquote")).ToContainTextAsync("In my company finance never talks to sales.");
        await Expect(aino.Locator("#post-3 > .prose > p")).ToContainTextAsync("@Aino Virtanen , start with one shared meeting a month.");

        // Aino is told.
        await aino.GotoAsync("/notifications");
        await Expect(aino.Locator(".notifications")).ToContainTextAsync("Mikko Laine mentioned you in “Who bridges your teams?”");
        await aino.GotoAsync("/");
        await Expect(aino.Locator(".notifications-link [data-unread-count=\"/notifications/unread-count\"]")).ToBeVisibleAsync();

        // The instructor pins and locks it.
        await instructor.GotoAsync(threadUrl);
        await instructor.GetByText("Moderate this thread").ClickAsync();
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Pin to the top" }).ClickAsync();
        await instructor.GetByText("Moderate this thread").ClickAsync();
        await instructor.GetByLabel("Lock the thread").FillAsync("Great discussion; we continue in Thursday's session.");
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Lock", Exact = true }).ClickAsync();
        await mikko.GotoAsync(threadUrl);
        await Expect(mikko.Locator("#reply")).ToContainTextAsync("we continue in Thursday's session");
        await Expect(mikko.Locator(".thread-header")).ToContainTextAsync("Pinned");

        // Someone outside the cohort finds nothing.
        var outsider = await browser.OutsiderPageAsync();
        var response = await outsider.GotoAsync(threadUrl);
        Assert.Equal(404, response!.Status);
        await Expect(outsider.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();

        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await mikko.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "discussion-thread.png"), FullPage = true });
        await Accessibility.AssertNoViolationsAsync(mikko);
        Assert.DoesNotContain(browser.ConsoleErrors, error => !error.Contains("404", StringComparison.Ordinal));
    }
}
