using System.Globalization;
using System.Security.Claims;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Security;
using Academy.Web.Account.Manage;

namespace Academy.ComponentTests.Account;

public sealed class ChangeLanguageAndTimeZoneFormTests : ComponentTest
{
    [Fact]
    public void The_form_starts_with_the_persons_choice_and_names_each_language_in_itself()
    {
        SignIn("user-1", "Aino Virtanen", [new Claim(AcademyClaimTypes.Language, "fi"), new Claim(AcademyClaimTypes.TimeZone, "America/New_York")]);

        var form = Render<ChangeLanguageAndTimeZoneForm>();

        Assert.Equal(["English", "suomi"], form.FindAll("#language option").Select(option => option.TextContent));
        Assert.Equal("fi", form.Find("#language option[selected]").GetAttribute("value"));
        Assert.Equal("America/New_York", form.Find("#time-zone option[selected]").GetAttribute("value"));
        Assert.Contains(form.FindAll("#time-zone option"), option => option.GetAttribute("value") == "Europe/Helsinki");
    }

    [Fact]
    public void Without_a_choice_yet_the_pages_language_and_the_default_zone_are_offered()
    {
        SignIn("user-1", "Aino Virtanen");

        var form = Render<ChangeLanguageAndTimeZoneForm>();

        Assert.Equal("en", form.Find("#language option[selected]").GetAttribute("value"));
        Assert.Equal("Europe/Helsinki", form.Find("#time-zone option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void A_zone_that_does_not_exist_is_refused_beside_the_zone_in_the_pages_language_and_nothing_is_sent()
    {
        SignIn("user-1", "Aino Virtanen");
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("fi");
        try
        {
            Post("language-and-zone", ("Input.Language", "fi"), ("Input.TimeZone", "Mars/Olympus_Mons")); // a forged post
            var form = Render<ChangeLanguageAndTimeZoneForm>();
            form.Find("form").Submit();

            Assert.Equal("Valitse aikavyöhyke luettelosta.", form.Find("#time-zone-error").TextContent);
            Assert.Equal("Aikavyöhyke", form.Find("label[for=time-zone]").TextContent);
            Assert.Empty(Sent.All);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void The_choice_is_sent_and_the_account_page_says_it_was_saved()
    {
        SignIn("user-1", "Aino Virtanen");
        var form = Render<ChangeLanguageAndTimeZoneForm>();

        form.Find("#language").Change("fi");
        form.Find("#time-zone").Change("America/New_York");
        form.Find("form").Submit();

        Assert.Equal(new ChangeLanguageAndTimeZone("fi", "America/New_York"), Sent.Single<ChangeLanguageAndTimeZone>());
        Assert.Equal("/Account/Manage?saved=language", NavigatedTo);
    }
}
