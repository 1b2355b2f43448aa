using Academy.Cohorts.Connections;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class AskToConnectFormTests : ComponentTest
{
    private readonly BrowserFormPost browser;

    public AskToConnectFormTests() => browser = BrowserFormPost.AddTo(Services);

    private IRenderedComponent<AskToConnectForm> RenderForm(bool onlyWithTypedNote = false) => Render<AskToConnectForm>(parameters => parameters
        .Add(p => p.CohortSlug, "mba-2026").Add(p => p.MemberId, "u-bea").Add(p => p.OnlyWithTypedNote, onlyWithTypedNote));

    [Fact]
    public void Asking_without_a_note_is_refused_beside_the_note_and_nothing_is_sent()
    {
        var form = RenderForm();

        form.Find("#connect-note").Change("   ");
        form.Find("form").Submit();

        Assert.Equal("Add a short note saying why you want to connect: what you share, or who you both know.", form.Find("#connect-note-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_note_over_500_characters_is_refused_and_kept_as_typed()
    {
        var typed = new string('n', 501);
        var form = RenderForm();

        form.Find("#connect-note").Change(typed);
        form.Find("form").Submit();

        Assert.Equal("Keep the note to 500 characters.", form.Find("#connect-note-error").TextContent);
        Assert.Equal(typed, form.Find("#connect-note").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_request_refused_by_a_rule_says_why_beside_the_note_and_keeps_it()
    {
        Sent.Refuse<AskToConnect>(new RuleViolation("You are already connected with Bea Okafor.", nameof(AskToConnect.Note)));
        var form = RenderForm();

        form.Find("#connect-note").Change("We met at the Lisbon residency.");
        form.Find("form").Submit();

        Assert.Equal("You are already connected with Bea Okafor.", form.Find("#connect-note-error").TextContent);
        Assert.Equal("We met at the Lisbon residency.", form.Find("#connect-note").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Asking_sends_the_member_and_the_note_and_goes_back_to_the_profile()
    {
        var form = RenderForm();

        form.Find("#connect-note").Change("We met at the Lisbon residency.");
        form.Find("form").Submit();

        Assert.Equal(new AskToConnect("mba-2026", "u-bea", "We met at the Lisbon residency."), Sent.Single<AskToConnect>());
        Assert.Equal("/cohorts/mba-2026/people/u-bea?sent=request", NavigatedTo);
    }

    [Fact]
    public void Once_a_request_is_on_its_way_the_form_shows_nothing_without_a_posted_note()
    {
        var form = RenderForm(onlyWithTypedNote: true);

        Assert.Empty(form.FindAll("form"));
    }

    [Fact]
    public void A_second_ask_posted_once_a_request_is_on_its_way_is_answered_beside_its_note()
    {
        Sent.Refuse<AskToConnect>(new RuleViolation("You have already asked Bea Okafor; they have not answered yet.", nameof(AskToConnect.Note)));
        browser.Post("connect", ("Connect.Note", "We met at the Lisbon residency."));
        var form = RenderForm(onlyWithTypedNote: true);
        browser.AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal("You have already asked Bea Okafor; they have not answered yet.", form.Find("#connect-note-error").TextContent);
        Assert.Equal("We met at the Lisbon residency.", form.Find("#connect-note").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }
}
