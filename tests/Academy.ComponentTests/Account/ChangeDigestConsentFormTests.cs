using Academy.ComponentTests.Infrastructure;
using Academy.Web.Account.Manage;

namespace Academy.ComponentTests.Account;

// The box is no bound input: the form reads what was posted ([SupplyParameterFromForm] WantsDailyDigest), so each
// test posts the form as the browser would (a ticked box posts "true", an unticked one nothing), then submits it.
public sealed class ChangeDigestConsentFormTests : ComponentTest
{
    private readonly PostedForm posted;

    public ChangeDigestConsentFormTests() => posted = PostedForm.AddTo(Services);

    [Fact]
    public void The_box_shows_the_choice_as_saved()
    {
        var wanted = Render<ChangeDigestConsentForm>(parameters => parameters.Add(p => p.WantsDigest, true));
        var unwanted = Render<ChangeDigestConsentForm>(parameters => parameters.Add(p => p.WantsDigest, false));

        Assert.True(wanted.Find("#daily-digest").HasAttribute("checked"));
        Assert.False(unwanted.Find("#daily-digest").HasAttribute("checked"));
        Assert.Equal(("WantsDailyDigest", "true"), (wanted.Find("#daily-digest").GetAttribute("name"), wanted.Find("#daily-digest").GetAttribute("value")));
    }

    [Fact]
    public void A_ticked_box_asks_for_the_digest_and_goes_back_to_the_account_page()
    {
        posted.Post("digest", ("WantsDailyDigest", true));
        var form = Render<ChangeDigestConsentForm>(parameters => parameters.Add(p => p.WantsDigest, false));

        form.Find("form").Submit();

        Assert.True(Sent.Single<ChangeDigestConsent>().WantsDailyDigest);
        Assert.Equal("/Account/Manage?saved=digest", NavigatedTo);
    }

    [Fact]
    public void An_unticked_box_says_no_digest()
    {
        posted.Post("digest");
        var form = Render<ChangeDigestConsentForm>(parameters => parameters.Add(p => p.WantsDigest, true));

        form.Find("form").Submit();

        Assert.False(Sent.Single<ChangeDigestConsent>().WantsDailyDigest);
        Assert.Equal("/Account/Manage?saved=digest", NavigatedTo);
    }
}
