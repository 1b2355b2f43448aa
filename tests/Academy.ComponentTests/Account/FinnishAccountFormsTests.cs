using System.Globalization;
using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Cohorts;
using Academy.Web.Account.Manage;
using Academy.Web.Email;

namespace Academy.ComponentTests.Account;

/// <summary>The account forms speak Finnish to a Finnish reader: labels, buttons, and the messages beside the fields.</summary>
public sealed class FinnishAccountFormsTests : ComponentTest
{
    public FinnishAccountFormsTests() => SignIn("user-1", "Aino Virtanen");

    [Fact]
    public void The_name_form_is_in_finnish_and_says_in_finnish_what_is_missing()
    {
        using var finnish = new InCulture("fi");
        var form = Render<ChangeDisplayNameForm>();

        form.Find("#display-name").Change("   ");
        form.Find("form").Submit();

        Assert.Equal("Ryhmällesi näkyvä nimi", form.Find("label[for=display-name]").TextContent);
        Assert.Equal("Tallenna nimi", form.Find("button[type=submit]").TextContent);
        Assert.Equal("Kirjoita nimi, jonka ryhmäsi näkee.", form.Find("#display-name-error").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void The_password_form_is_in_finnish_with_each_message_beside_its_field()
    {
        using var finnish = new InCulture("fi");
        var form = Render<ChangePasswordForm>();

        form.Find("#current-password").Change("the old passphrase");
        form.Find("#new-password").Change("lyhyt");
        form.Find("form").Submit();

        Assert.Equal("Nykyinen salasana", form.Find("label[for=current-password]").TextContent);
        Assert.Equal("Vähintään 12 merkkiä.", form.Find("#new-password-hint").TextContent);
        Assert.Equal("Käytä vähintään 12 merkkiä: muutama sana on hyvä salalause.", form.Find("#new-password-error").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void Deleting_the_account_asks_in_finnish_for_the_password_and_the_ticked_box()
    {
        using var finnish = new InCulture("fi");
        var form = Render<DeleteMyAccountForm>();

        form.Find("form").Submit();

        Assert.Equal("Salasanasi", form.Find("label[for=delete-password]").TextContent);
        Assert.Equal("Vahvista henkilöllisyytesi kirjoittamalla salasanasi.", form.Find("#delete-password-error").TextContent);
        Assert.Equal("Vahvista valitsemalla ruutu: tilin poistoa ei voi perua.", form.Find("#delete-confirmed-error").TextContent);
        Assert.Equal("Poista tilini", form.Find("button[type=submit]").TextContent);
    }

    [Fact]
    public void The_email_choices_are_named_in_finnish_and_the_address_is_left_as_typed()
    {
        using var finnish = new InCulture("fi");
        var current = EmailChoices.Kinds.Select(kind => new EmailChoiceView(kind, EmailChoices.Describe(kind), EmailChoices.Default(kind))).ToList();

        var form = Render<ChangeEmailPreferencesForm>(parameters => parameters.Add(p => p.Current, current).Add(p => p.Address, "aino@example.com"));

        Assert.Equal("Kouluttajiesi tiedotteet", form.FindAll("legend")[EmailChoices.Kinds.ToList().IndexOf(NotificationKind.Announcement)].TextContent);
        Assert.Equal(["Sähköposti heti", "Päivittäisessä koosteessa", "Vain sovelluksessa"], form.FindAll("fieldset")[0].QuerySelectorAll("label").Select(label => label.TextContent));
        Assert.Equal("aino@example.com", form.Find("p strong[translate=no]").TextContent);
        Assert.StartsWith("Kaikki näkyy ilmoituksissasi.", form.Find("p").TextContent);
        Assert.Equal("Tallenna sähköpostivalinnat", form.Find("button[type=submit]").TextContent);
    }
}

/// <summary>Sets the current culture and UI culture for one test, and restores them.</summary>
internal sealed class InCulture : IDisposable
{
    private readonly (CultureInfo Culture, CultureInfo UiCulture) before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public InCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(name);

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
}
