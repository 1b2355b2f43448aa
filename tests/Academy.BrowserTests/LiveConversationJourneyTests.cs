using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

public sealed class LiveConversationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static Task<int> UnreadMessagesAsync(IPage page) =>
        page.EvaluateAsync<int>("fetch('/messages/unread-count', { credentials: 'same-origin' }).then(r => r.json()).then(j => j.unread)");

    [Fact]
    public async Task Aino_keeps_a_draft_across_a_reload_sends_it_and_it_appears_on_Mikkos_open_page_already_read()
    {
        var aino = await browser.SignedInPageAsync("learner1@academy.test");
        var mikko = await browser.SignedInPageAsync("learner2@academy.test");

        // Aino writes to Mikko from his profile.
        await aino.GotoAsync("/cohorts/mba-2026/people");
        await aino.GetByRole(AriaRole.Link, new() { Name = "Mikko Laine" }).First.ClickAsync();
        await aino.GetByRole(AriaRole.Link, new() { Name = "Send a message" }).ClickAsync();
        await aino.GetByLabel("Your message").FillAsync("Mikko, could you introduce me to Sofia?");
        await aino.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(aino.Locator("#message-1")).ToContainTextAsync("introduce me to Sofia");
        var conversation = new Uri(aino.Url).AbsolutePath;

        // Mikko has the conversation open: its feed is connected.
        await mikko.GotoAsync(conversation);
        await Expect(mikko.Locator("ol.messages[data-live-connected]")).ToHaveCountAsync(1);

        // Aino's half-written answer is saved as she types, and is still there after a reload.
        await aino.GetByLabel("Your message").FillAsync("She runs the **radar group**, I hear.");
        await Expect(aino.Locator("[data-draft-status]")).ToContainTextAsync("Draft saved");
        await aino.ReloadAsync();
        await Expect(aino.GetByLabel("Your message")).ToHaveValueAsync("She runs the **radar group**, I hear.");
        await Expect(aino.Locator("[data-draft-status]")).ToHaveTextAsync("Your unsent message was restored.");
        await aino.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(aino.GetByLabel("Your message")).ToHaveValueAsync(string.Empty);

        // It appears on Mikko's page without a reload, announced to a screen reader, and counts as read.
        await Expect(mikko.Locator("#message-2 strong")).ToHaveTextAsync("radar group");
        await Expect(mikko.Locator("[data-live-status]")).ToHaveTextAsync("New message from Aino Virtanen.");
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (await UnreadMessagesAsync(mikko) > 0 && waiting.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, await UnreadMessagesAsync(mikko));
        await Accessibility.AssertNoViolationsAsync(mikko);
        Assert.Empty(browser.ConsoleErrors);
    }
}
