using System.Net;
using Academy.IntegrationTests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Localization;

/// <summary>
/// Which language a page speaks: before sign-in, the browser's Accept-Language, unless the visitor chose in the
/// footer; <c>&lt;html lang&gt;</c> always says which.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class LanguageChoiceTests(SqliteApp app)
{
    private static async Task<Page> GetInAsync(AcademyClient client, string url, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return await Page.ReadAsync(await client.Http.SendAsync(request), url);
    }

    private static string Lang(Page page) => page.Document.DocumentElement.GetAttribute("lang") ?? string.Empty;

    [Theory]
    [InlineData(null, "en", "Sign in")]
    [InlineData("fi-FI,fi;q=0.9,en;q=0.8", "fi", "Kirjaudu sisään")]
    [InlineData("fi", "fi", "Kirjaudu sisään")]
    [InlineData("sv-SE,de;q=0.9", "en", "Sign in")] // neither is spoken here: English
    public async Task Before_sign_in_the_browsers_language_decides_and_the_page_says_which(string? acceptLanguage, string lang, string signIn)
    {
        using var visitor = app.CreateAcademyClient();

        var page = await GetInAsync(visitor, "/", acceptLanguage);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(lang, Lang(page));
        Assert.Equal(signIn, page.Text(".account-nav a[href^='/Account/Login']"));
    }

    [Fact]
    public async Task The_footers_switch_keeps_the_visitors_choice_over_the_browsers_and_returns_to_the_page()
    {
        using var visitor = app.CreateAcademyClient();
        var page = await GetInAsync(visitor, "/Account/Register", "en-GB");
        var form = page.Document.QuerySelector<IHtmlFormElement>("form.language-switch")!;
        Assert.Equal("English", form.QuerySelector("button[aria-pressed=true]")!.TextContent);

        var response = await visitor.Http.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
            ["returnUrl"] = form.QuerySelector<IHtmlInputElement>("input[name=returnUrl]")!.Value,
            ["language"] = "fi",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Register", response.Headers.Location?.OriginalString);
        var after = await GetInAsync(visitor, "/Account/Register", "en-GB");
        Assert.Equal("fi", Lang(after));
        Assert.Equal("suomi", after.Text("form.language-switch button[aria-pressed=true]"));
    }

    [Fact]
    public async Task A_signed_in_persons_own_choice_applies_whatever_the_browser_says_and_is_kept_with_the_account()
    {
        var (person, id) = await app.NewLearnerAsync("Aino Virtanen");

        var saved = await person.SubmitAsync("/Account/Manage", "language-and-zone",
            new Dictionary<string, string> { ["Input.Language"] = "fi", ["Input.TimeZone"] = "America/New_York" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("/Account/Manage?saved=language", saved.RedirectedTo);
        var page = await GetInAsync(person, "/Account/Manage?saved=language", "en-US,en;q=0.9");
        Assert.Equal("fi", Lang(page));
        Assert.Equal("Oma oppiminen", page.Text(".main-nav a[href='/']"));
        Assert.Equal("Kieli ja aikavyöhyke on tallennettu.", page.Text("[role=status]"));
        Assert.Equal(("fi", "America/New_York"), await app.WithDbAsync(db => db.Users.Where(user => user.Id == id)
            .Select(user => new ValueTuple<string?, string?>(user.Language, user.TimeZone)).SingleAsync()));
    }

    [Fact]
    public async Task The_switch_goes_back_only_to_this_sites_pages_and_needs_its_antiforgery_token()
    {
        using var visitor = app.CreateAcademyClient();
        var page = await visitor.GetAsync("/");
        var token = page.Document.QuerySelector<IHtmlInputElement>("form.language-switch input[name=__RequestVerificationToken]")!.Value;

        var offsite = await visitor.Http.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["returnUrl"] = "https://evil.example/", ["language"] = "fi",
        }));
        var forged = await visitor.Http.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "fi" }));

        Assert.Equal("/", offsite.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
