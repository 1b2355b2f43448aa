using System.Globalization;
using System.Text.RegularExpressions;
using Academy.Cohorts.Management;
using Academy.Contracts.Access;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Time;
using Academy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Academy.BrowserTests;

/// <summary>
/// A Finnish-speaking newcomer in New York, whose browser asks for Finnish: the whole way in Finnish, on their own clock,
/// around a course that stays English.
/// </summary>
public sealed partial class FinnishJourneyTests(LivingDemoBrowserFixture browser) : IClassFixture<LivingDemoBrowserFixture>
{
    private const string NewYork = "America/New_York";

    [GeneratedRegex(@"/invitations/[0-9a-f]{64}")]
    private static partial Regex InvitationLink();

    [Fact]
    public async Task A_newcomer_whose_browser_asks_for_Finnish_joins_reads_a_module_replies_and_submits_a_reflection_in_Finnish()
    {
        var email = $"elina-{Guid.NewGuid():N}@example.com";
        var invitation = await InviteAsync(email, "Elina Mäkinen");
        var page = await browser.NewPageAsync(locale: "fi-FI", timeZone: NewYork);
        var html = page.Locator("html");

        // The invitation, then sign-up: Finnish from the browser's Accept-Language, before any account exists.
        await page.GotoAsync(invitation);
        await Expect(html).ToHaveAttributeAsync("lang", "fi");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Luo tili" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Luo tili", Level = 1 })).ToBeVisibleAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "fi");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Nimesi").FillAsync("Elina Mäkinen");
        await page.GetByLabel("Sähköposti").FillAsync(email);
        await page.GetByLabel("Salasana").FillAsync("a long enough passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Luo tili" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Liity ryhmään käyttäjänä Elina Mäkinen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Keskustelut" })).ToBeVisibleAsync();
        Assert.Equal(NewYork, await browser.App.WithScopeAsync(services => services.GetRequiredService<AcademyDbContext>().Users
            .Where(user => user.Email == email).Select(user => user.TimeZone).SingleAsync()));

        // The cohort's next live session, on her New York clock.
        await Expect(html).ToHaveAttributeAsync("lang", "fi");
        var session = page.Locator(".next-session time[datetime]");
        var startsAt = DateTimeOffset.Parse((await session.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);
        var onHerClock = ZonedTime.Local(startsAt, NewYork);
        await Expect(session).ToContainTextAsync($"klo {onHerClock.ToString("H.mm", CultureInfo.InvariantCulture)}–");
        await Expect(session).ToContainTextAsync($"(New York, {ZonedTime.AbbreviationAt(startsAt, NewYork)})");
        await Accessibility.AssertNoViolationsAsync(page);

        // A module: Finnish around it, the course's English inside.
        await page.GotoAsync("/courses/social-media-for-leaders?cohort=mba-2026");
        await page.GetByRole(AriaRole.Link, new() { Name = "Why leaders should engage personally", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Why leaders should engage personally", Level = 1 })).ToHaveAttributeAsync("lang", "en");
        await Expect(html).ToHaveAttributeAsync("lang", "fi");
        await Expect(page.Locator("main .prose[lang=en]").First).Not.ToBeEmptyAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Merkitse suoritetuksi" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        // A reply in the cohort's liveliest thread.
        await page.GotoAsync("/cohorts/mba-2026/discussions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Distraction or dashboard?" }).ClickAsync();
        await page.GetByLabel("Vastauksesi").FillAsync("Meillä **kojelauta** voittaa: yksi kysymys viikossa.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lähetä vastaus" }).ClickAsync();
        await Expect(page.Locator("ol.posts article").Last).ToContainTextAsync("Meillä kojelauta voittaa");
        await Expect(html).ToHaveAttributeAsync("lang", "fi");
        await Accessibility.AssertNoViolationsAsync(page);

        // A reflection, written and submitted.
        await page.GotoAsync("/cohorts/mba-2026/reflections/my-reasons");
        await page.GetByLabel("Reflektiosi").FillAsync("Suodatan signaaleja tiimilleni, ja verkostoni ulottuu yrityksen ulkopuolelle.");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Olen valmis palauttamaan").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Palauta reflektio" }).ClickAsync();
        await Expect(page.Locator("#submitted-heading")).ToBeVisibleAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "fi");
        await Accessibility.AssertNoViolationsAsync(page);

        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "finnish-reflection-submitted.png"), FullPage = true });
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>The demo's instructor invites the address to the demo cohort; the link from the e-mail it sends.</summary>
    private async Task<string> InviteAsync(string email, string name)
    {
        var app = browser.App;
        var instructorId = await app.WithScopeAsync(services => services.GetRequiredService<AcademyDbContext>().Users
            .Where(user => user.Email == "instructor@academy.test").Select(user => user.Id).SingleAsync());
        await app.SendAsAsync(instructorId, new EnrolFromCsv("mba-2026", $"email,name\n{email},{name}\n"), Roles.Instructor);
        await app.DeliverMailAsync();
        return InvitationLink().Match(PickupMail.To(app.MailFolder, email).Single()).Value;
    }
}
