using System.Net;
using System.Net.Http.Headers;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Accounts;

/// <summary>A Finnish browser (Accept-Language: fi) reads the account pages in Finnish, messages beside the fields included.</summary>
[Collection(SqliteCollection.Name)]
public sealed class FinnishAccountPagesTests(SqliteApp app)
{
    private static void SpeakFinnish(AcademyClient client) => client.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fi"));

    [Fact]
    public async Task Sign_in_and_registration_are_in_finnish_and_a_refusal_is_said_in_finnish()
    {
        using var visitor = app.CreateAcademyClient();
        SpeakFinnish(visitor);

        var login = await visitor.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, login.Status);
        Assert.Equal("Kirjaudu sisään", login.Heading);
        Assert.Equal("Sähköposti", login.Text("label[for=email]"));
        Assert.StartsWith("Kirjaudu sisään · Academy", login.Text("title"));

        var refused = await visitor.SubmitAsync(login, "sign-in", new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });
        Assert.Equal("Kirjoita sähköpostiosoitteesi.", refused.FieldError("email"));
        Assert.Equal("Kirjoita salasanasi.", refused.FieldError("password"));

        var register = await visitor.SubmitAsync("/Account/Register", "register",
            new Dictionary<string, string> { ["Input.DisplayName"] = "Aino", ["Input.Email"] = "aino@example.com", ["Input.Password"] = "lyhyt" });
        Assert.Equal("Luo tili", register.Heading);
        Assert.Equal("Käytä vähintään 12 merkkiä: muutama sana on hyvä salalause.", register.FieldError("password"));
    }

    [Fact]
    public async Task The_account_page_has_finnish_headings_and_choices()
    {
        var (learner, _) = await app.NewLearnerAsync("Aino Finnish");
        SpeakFinnish(learner);

        var page = await learner.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Oma tili", page.Heading);
        Assert.Equal("Nimesi | Kieli ja aikavyöhyke | Sähköposti | Vaihda salasana | Tietosi | Poista tilisi", page.Text("h2"));
        Assert.Contains("Kouluttajiesi tiedotteet", page.Text("legend"));
    }

    [Fact]
    public async Task A_page_that_does_not_exist_says_so_in_finnish()
    {
        using var visitor = app.CreateAcademyClient();
        SpeakFinnish(visitor);

        var page = await visitor.GetAsync("/not-found");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Sivua ei löytynyt", page.Heading);
    }
}
