using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

/// <summary>
/// Peer review end to end in Chromium: the instructor switches it on for module 1's reflection, two learners submit and
/// review each other (Aino anonymously, Mikko by name once the instructor changes the setting: each review keeps the
/// terms it was written under), each author reads the review of their work, and the instructor reads the coverage.
/// </summary>
public sealed class PeerReviewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Editor = "/cohorts/mba-2026/reflections/my-reasons";

    [Fact]
    public async Task Two_learners_review_each_other_one_anonymously_the_authors_read_the_reviews_and_the_instructor_sees_coverage()
    {
        var instructor = await browser.SignedInPageAsync("instructor@academy.test");
        var aino = await browser.SignedInPageAsync("learner1@academy.test");
        var mikko = await browser.SignedInPageAsync("learner2@academy.test");
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);

        // The instructor finds peer review from the review queue and switches it on with its defaults (anonymous, 2 and 2).
        await instructor.GotoAsync("/cohorts/mba-2026/reflections/review");
        await instructor.GetByRole(AriaRole.Link, new() { Name = "Peer review", Exact = true }).ClickAsync();
        await instructor.GetByRole(AriaRole.Link, new() { Name = "Module 1: My list of reasons" }).ClickAsync();
        await instructor.GetByLabel("Learners review each other's reflections on this assignment").CheckAsync();
        await Expect(instructor.GetByLabel("Anonymous: authors and reviewers")).ToBeCheckedAsync();
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Save peer review settings" }).ClickAsync();
        await Expect(instructor.GetByLabel("Learners review each other's reflections on this assignment")).ToBeCheckedAsync();
        await Accessibility.AssertNoViolationsAsync(instructor);

        // Both learners are told before submitting that peers will read their private reflection, then submit.
        foreach (var (learner, text) in new[]
                 {
                     (aino, "My radar is our customers' complaints about outages, read by me and not summarised."),
                     (mikko, "The board asked, but the real reason is hearing investors before the quarterly call."),
                 })
        {
            await learner.GotoAsync(Editor);
            await Expect(learner.Locator("main")).ToContainTextAsync("peers will review your reflection anonymously");
            await Expect(learner.Locator("main")).ToContainTextAsync("Your reflection is private, but peers will read it to review it");
            await learner.GetByLabel("Your reflection").FillAsync(text);
            await learner.GetByLabel("I am ready to submit").CheckAsync();
            await learner.GetByRole(AriaRole.Button, new() { Name = "Submit reflection" }).ClickAsync();
            await Expect(learner.Locator("#submitted-heading ~ .notice")).ToContainTextAsync("read-only");
        }

        // Aino asks for a reflection to review and gets Mikko's, without his name; her empty review is refused, her score kept.
        await aino.GotoAsync(Editor);
        await aino.GetByRole(AriaRole.Link, new() { Name = "Review your peers' reflections: 0 of 2 given" }).ClickAsync();
        await aino.GetByRole(AriaRole.Button, new() { Name = "Review a peer's reflection" }).ClickAsync();
        await Expect(aino.GetByRole(AriaRole.Heading, new() { Name = "Your review of a peer's reflection", Level = 1 })).ToBeVisibleAsync();
        await Expect(aino.Locator("main")).ToContainTextAsync("hearing investors before the quarterly call");
        Assert.DoesNotContain("Mikko", await aino.ContentAsync(), StringComparison.Ordinal);
        await aino.Locator("#peer-score-0-3").CheckAsync();
        await aino.GetByRole(AriaRole.Button, new() { Name = "Send review" }).ClickAsync();
        await Expect(aino.Locator(".form-errors")).ToContainTextAsync("Write your review before sending it.");
        await Expect(aino.Locator("#peer-score-0-3")).ToBeCheckedAsync();
        string[] ainosComments =
        [
            "Investors before the call is a reason only a CFO could give: lead with it.",
            "Say which decisions the board will see you make differently.",
            "LinkedIn alone will not reach investors; try the analysts' forums.",
            "Time is the honest concern; block twenty minutes after the Monday meeting.",
        ];
        for (var i = 0; i < ainosComments.Length; i++)
        {
            await aino.Locator($"#peer-comment-{i}").FillAsync(ainosComments[i]);
        }

        await aino.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "peer-review-write.png"), FullPage = true });
        await Accessibility.AssertNoViolationsAsync(aino);
        await aino.GetByRole(AriaRole.Button, new() { Name = "Send review" }).ClickAsync();
        await Expect(aino.Locator("main")).ToContainTextAsync("Your review was sent.");
        await Expect(aino.Locator("#given-count")).ToContainTextAsync("1 of the 2");

        // The instructor makes the assignment's reviews named; Mikko's review of Aino's reflection is written under it.
        await instructor.ReloadAsync();
        await instructor.GetByLabel("Anonymous: authors and reviewers").UncheckAsync();
        await instructor.GetByRole(AriaRole.Button, new() { Name = "Save peer review settings" }).ClickAsync();
        await Expect(instructor.GetByLabel("Anonymous: authors and reviewers")).Not.ToBeCheckedAsync();
        await mikko.GotoAsync(Editor + "/peer-review");
        await mikko.GetByRole(AriaRole.Button, new() { Name = "Review a peer's reflection" }).ClickAsync();
        await Expect(mikko.GetByRole(AriaRole.Heading, new() { Name = "Your review of Aino Virtanen's reflection", Level = 1 })).ToBeVisibleAsync();
        for (var i = 0; i < 4; i++)
        {
            await mikko.Locator($"#peer-comment-{i}").FillAsync($"Mikko's note {i + 1}: the outage example makes this concrete.");
        }

        await mikko.GetByRole(AriaRole.Button, new() { Name = "Send review" }).ClickAsync();
        await Expect(mikko.Locator("main")).ToContainTextAsync("Your review was sent.");

        // Mikko reads Aino's anonymous review from his notification: nothing in the page, its source or its links names her.
        await mikko.GotoAsync("/notifications");
        await mikko.GetByRole(AriaRole.Link, new() { Name = "A peer reviewed your reflection" }).ClickAsync();
        var received = mikko.Locator("#peer-reviews");
        await Expect(received).ToContainTextAsync("Peer review 1");
        await Expect(received).ToContainTextAsync("Investors before the call is a reason only a CFO could give");
        Assert.DoesNotContain("Aino", await mikko.ContentAsync(), StringComparison.Ordinal);
        await mikko.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "peer-reviews-received.png"), FullPage = true });
        await Accessibility.AssertNoViolationsAsync(mikko);

        // Aino reads Mikko's named review, with his name.
        await aino.GotoAsync(Editor);
        await Expect(aino.Locator("#peer-reviews")).ToContainTextAsync("Mikko Laine");
        await Expect(aino.Locator("#peer-reviews")).ToContainTextAsync("Mikko's note 1: the outage example makes this concrete.");

        // The instructor sees coverage with every name: each reflection has 1 of its 2 reviews, and each learner owes one more.
        await instructor.ReloadAsync();
        await Expect(instructor.Locator("#coverage-heading")).ToContainTextAsync("2 reflections, 2 short of reviews");
        await Expect(instructor.Locator("main")).ToContainTextAsync("Aino Virtanen");
        await Expect(instructor.Locator("main")).ToContainTextAsync("Mikko Laine");
        await Expect(instructor.Locator("#owing-heading")).ToContainTextAsync("(2)");
        await Expect(instructor.Locator("#sent-reviews")).ToContainTextAsync("Investors before the call");
        await instructor.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "peer-review-coverage.png"), FullPage = true });
        await Accessibility.AssertNoViolationsAsync(instructor);
        Assert.Empty(browser.ConsoleErrors);
    }
}
