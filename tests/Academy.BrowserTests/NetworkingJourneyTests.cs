using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

public sealed class NetworkingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Aino_asks_Mikko_to_introduce_her_to_Sofia_who_accepts_the_network_grows_by_one_and_the_conversation_goes_on_live()
    {
        var aino = await browser.SignedInPageAsync("learner1@academy.test");
        var mikko = await browser.SignedInPageAsync("learner2@academy.test");
        var sofia = await browser.SignedInPageAsync("learner3@academy.test");

        await aino.GotoAsync("/cohorts/mba-2026/network");
        await Expect(aino.Locator("[data-my-network-size]")).ToHaveTextAsync("2");
        await Expect(aino.Locator("#network-graph canvas").First).ToBeAttachedAsync();

        // Aino finds Sofia in the directory: they do not know each other, but both know Mikko.
        await aino.GotoAsync("/cohorts/mba-2026/people");
        var card = aino.Locator(".person-card", new() { HasText = "Sofia Lindqvist" });
        await Expect(card.Locator(".mutual")).ToContainTextAsync("Mikko Laine");
        await card.GetByRole(AriaRole.Link, new() { Name = "Sofia Lindqvist" }).ClickAsync();
        await Expect(aino.GetByRole(AriaRole.Heading, new() { Name = "Sofia Lindqvist", Level = 1 })).ToBeVisibleAsync();
        var sofiaProfile = aino.Url;
        await aino.GetByText("Or ask someone you both know to introduce you").ClickAsync();
        await aino.GetByLabel("Who could introduce you").SelectOptionAsync(new SelectOptionValue { Label = "Mikko Laine" });
        await aino.GetByLabel("What they should pass on").FillAsync("I would like to learn how Archipelago Shipping hires for digital roles.");
        await aino.GetByRole(AriaRole.Button, new() { Name = "Ask for an introduction" }).ClickAsync();
        await Expect(aino.Locator("[role=status]")).ToContainTextAsync("You will be told when the introduction is passed on");

        // Mikko passes it on with his own words.
        await mikko.GotoAsync("/connections");
        await Expect(mikko.Locator("#pass-on-heading ~ .request-card")).ToContainTextAsync("asks you to introduce them to Sofia Lindqvist");
        await mikko.GetByLabel("Your words to Sofia Lindqvist").FillAsync("Sofia, Aino leads customer experience at Nordlake; you two should talk.");
        await mikko.GetByRole(AriaRole.Button, new() { Name = "Pass it on" }).ClickAsync();
        await Expect(mikko.Locator("#pass-on-heading")).ToHaveCountAsync(0);

        // Sofia sees who introduced them, and accepts.
        await sofia.GotoAsync("/connections");
        var offer = sofia.Locator("#offered-heading ~ .request-card");
        await Expect(offer.Locator(".intro-chain")).ToContainTextAsync("Introduced by Mikko Laine");
        await Expect(offer).ToContainTextAsync("you two should talk");
        await Accessibility.AssertNoViolationsAsync(sofia);
        await offer.GetByRole(AriaRole.Button, new() { Name = "Accept and connect" }).ClickAsync();
        await Expect(sofia.Locator("#connections-heading ~ .connection-list")).ToContainTextAsync("Aino Virtanen, introduced by Mikko Laine");

        // Aino's network grew by one, and the new edge is there.
        await aino.GotoAsync("/cohorts/mba-2026/network");
        await Expect(aino.Locator("[data-my-network-size]")).ToHaveTextAsync("3");
        var sofiaRow = aino.Locator(".network-list tr", new() { Has = aino.Locator("th", new() { HasText = "Sofia Lindqvist" }) });
        await Expect(sofiaRow).ToHaveAttributeAsync("data-degree", "first");
        await Expect(sofiaRow).ToContainTextAsync("Aino Virtanen");
        await Expect(aino.Locator("#network-graph")).ToBeVisibleAsync();
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await aino.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "network.png"), FullPage = true });
        await Accessibility.AssertNoViolationsAsync(aino);

        // Connected now, Aino writes to Sofia without a request; Sofia answers, and the answer appears on Aino's open page.
        await aino.GotoAsync(sofiaProfile);
        await aino.GetByRole(AriaRole.Link, new() { Name = "Send a message" }).ClickAsync();
        await Expect(aino.Locator(".notice")).ToHaveCountAsync(0);
        await aino.GetByLabel("Your message").FillAsync("Thank you for accepting, Sofia. How does Archipelago hire for digital roles?");
        await aino.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(aino.Locator("ol.messages[data-live-connected]")).ToHaveCountAsync(1);
        var conversation = new Uri(aino.Url).AbsolutePath;
        await sofia.GotoAsync(conversation);
        await Expect(sofia.Locator("#message-1")).ToContainTextAsync("How does Archipelago hire");
        await sofia.GetByLabel("Your message").FillAsync("Mostly through people we both know, as in the course. Coffee on Friday?");
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(aino.Locator("#message-2")).ToContainTextAsync("Coffee on Friday?");
        await Expect(aino.Locator("#message-2 .post-author")).ToHaveTextAsync("Sofia Lindqvist");
        await Accessibility.AssertNoViolationsAsync(aino);

        await aino.GotoAsync("/cohorts/mba-2026/people");
        await aino.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "directory.png"), FullPage = true });
        await Accessibility.AssertNoViolationsAsync(aino);

        // Someone outside the cohort sees none of it.
        var outsider = await browser.OutsiderPageAsync();
        foreach (var url in new[] { "/cohorts/mba-2026/network", "/cohorts/mba-2026/people", sofiaProfile, "/cohorts/mba-2026/network/graph.json" })
        {
            var response = await outsider.GotoAsync(url);
            Assert.Equal(404, response!.Status);
        }

        await outsider.GotoAsync("/connections");
        await Expect(outsider.Locator("main")).Not.ToContainTextAsync("Aino");
        Assert.DoesNotContain(browser.ConsoleErrors, error => !error.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_describes_themselves_with_a_picture_and_a_peer_sees_only_what_is_meant_for_the_cohort()
    {
        var daniel = await browser.SignedInPageAsync("learner4@academy.test");
        await daniel.GotoAsync("/profile");
        await daniel.GetByLabel("Bio").FillAsync("I sell **medical devices** across the Baltics and learn in the open.");
        await daniel.GetByLabel("Website").FillAsync("http://okafor.example");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(daniel.Locator("#website-error")).ToContainTextAsync("https://");
        await Expect(daniel.GetByLabel("Bio")).ToHaveValueAsync("I sell **medical devices** across the Baltics and learn in the open.");
        await daniel.GetByLabel("Website").FillAsync("https://okafor.example");
        await daniel.Locator("#location-visibility").SelectOptionAsync("Instructors");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(daniel.Locator("[role=status]")).ToHaveTextAsync("Saved.");

        // A one-pixel PNG stands in for a photo.
        await daniel.GetByLabel("A JPEG, PNG or WebP picture, up to 2 MB").SetInputFilesAsync(new FilePayload
        {
            Name = "daniel.png", MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        });
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(daniel.Locator(".profile-header img.avatar-image")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(daniel);

        var laura = await browser.SignedInPageAsync("learner5@academy.test");
        await laura.GotoAsync("/cohorts/mba-2026/people");
        await laura.GetByRole(AriaRole.Link, new() { Name = "Daniel Okafor" }).First.ClickAsync();
        await Expect(laura.Locator("#about-heading ~ .prose strong")).ToHaveTextAsync("medical devices");
        await Expect(laura.GetByRole(AriaRole.Link, new() { Name = "Website" })).ToHaveAttributeAsync("href", "https://okafor.example");
        await Expect(laura.Locator(".profile-header")).Not.ToContainTextAsync("Tallinn");
        await Expect(laura.Locator(".profile-header img.avatar-image")).ToBeVisibleAsync();
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await laura.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "profile.png"), FullPage = true });
        await Accessibility.AssertNoViolationsAsync(laura);
        Assert.DoesNotContain(browser.ConsoleErrors, error => !error.Contains("404", StringComparison.Ordinal));
    }
}
