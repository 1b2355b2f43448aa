using System.Net;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Localization;

/// <summary>
/// The browser suggests a time zone (its script fills a hidden field): at sign-up, and at a sign-in of an account that has
/// none yet. A zone the person has is never replaced that way, a zone this machine does not know is ignored, and the
/// zone is in the sign-in cookie from that sign-in on.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class TimeZoneSuggestionTests(SqliteApp app)
{
    private const string Password = "a long enough passphrase";

    private Task<string?> ZoneOfAsync(string email) =>
        app.WithDbAsync(db => db.Users.Where(user => user.Email == email).Select(user => user.TimeZone).SingleAsync());

    private static async Task<Page> RegisterAsync(AcademyClient client, string email, string? browserZone)
    {
        var fields = new Dictionary<string, string> { ["Input.DisplayName"] = "Zoned Person", ["Input.Email"] = email, ["Input.Password"] = Password };
        if (browserZone is not null)
        {
            fields["Input.BrowserTimeZone"] = browserZone;
        }

        var page = await client.SubmitAsync("/Account/Register", "register", fields);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        return page;
    }

    private static async Task SignInAsync(AcademyClient client, string email, string browserZone)
    {
        var page = await client.SubmitAsync("/Account/Login", "sign-in",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.BrowserTimeZone"] = browserZone });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
    }

    private static string Email() => $"zoned-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task The_sign_up_and_sign_in_forms_carry_a_field_for_the_browsers_zone()
    {
        using var visitor = app.CreateAcademyClient();

        foreach (var (path, form) in new[] { ("/Account/Register", "register"), ("/Account/Login", "sign-in") })
        {
            var page = await visitor.GetAsync(path);
            Assert.NotNull(page.Document.QuerySelector($"form input[type=hidden][name='Input.BrowserTimeZone'][data-browser-time-zone]"));
            Assert.Equal(form, page.Document.QuerySelector("input[name=_handler]")?.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task A_new_account_takes_the_browsers_zone_and_its_pages_show_times_in_it()
    {
        using var client = app.CreateAcademyClient();
        var email = Email();

        await RegisterAsync(client, email, "America/New_York");

        Assert.Equal("America/New_York", await ZoneOfAsync(email));
        var manage = await client.GetAsync("/Account/Manage");
        Assert.Equal("America/New_York", manage.Document.QuerySelector("#time-zone option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_first_sign_in_with_a_script_suggests_the_zone_and_later_ones_never_replace_it()
    {
        var email = Email();
        using (var withoutScript = app.CreateAcademyClient())
        {
            await RegisterAsync(withoutScript, email, browserZone: null);
        }

        Assert.Null(await ZoneOfAsync(email));

        using var first = app.CreateAcademyClient();
        await SignInAsync(first, email, "Asia/Tokyo");
        Assert.Equal("Asia/Tokyo", await ZoneOfAsync(email));
        Assert.Equal("Asia/Tokyo (UTC+09:00)", (await first.GetAsync("/Account/Manage")).Text("#time-zone option[selected]"));

        using var travelling = app.CreateAcademyClient();
        await SignInAsync(travelling, email, "America/Los_Angeles");
        Assert.Equal("Asia/Tokyo", await ZoneOfAsync(email));
    }

    [Fact]
    public async Task A_zone_this_machine_does_not_know_is_ignored()
    {
        using var client = app.CreateAcademyClient();
        var email = Email();

        await RegisterAsync(client, email, "Mars/Olympus_Mons");

        Assert.Null(await ZoneOfAsync(email));
    }
}
