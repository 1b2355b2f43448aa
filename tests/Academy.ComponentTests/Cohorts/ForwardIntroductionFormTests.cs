using Academy.Cohorts.Connections;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class ForwardIntroductionFormTests : ComponentTest
{
    private static readonly Guid Introduction = Guid.Parse("5b0c3a4e-2f1d-4c6b-9a8e-7d6f5e4c3b2a");
    private readonly BrowserFormPost browser;

    public ForwardIntroductionFormTests() => browser = BrowserFormPost.AddTo(Services);

    private IRenderedComponent<ForwardIntroductionForm> RenderForm() =>
        Render<ForwardIntroductionForm>(parameters => parameters.Add(p => p.IntroductionId, Introduction).Add(p => p.TargetName, "Bea Okafor"));

    [Fact]
    public void Forwarding_without_words_of_ones_own_is_refused_beside_the_note_and_nothing_is_sent()
    {
        browser.Post($"forward-{Introduction}", ("ForwardNote", "   "));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Add a few words of your own: why these two should meet.", form.Find($"#forward-note-{Introduction}-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_note_over_500_characters_is_refused_and_kept_as_typed()
    {
        var typed = new string('a', 501);
        browser.Post($"forward-{Introduction}", ("ForwardNote", typed));
        var form = RenderForm();
        browser.AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal("Keep the note to 500 characters.", form.Find($"#forward-note-{Introduction}-error").TextContent);
        Assert.Equal(typed, form.Find($"#forward-note-{Introduction}").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_forward_refused_by_a_rule_says_why_beside_the_note_and_keeps_the_words()
    {
        Sent.Refuse<ForwardIntroduction>(new RuleViolation("Bea has left the cohort.", nameof(ForwardIntroduction.Note)));
        browser.Post($"forward-{Introduction}", ("ForwardNote", "You both run supply chains."));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Bea has left the cohort.", form.Find($"#forward-note-{Introduction}-error").TextContent);
        Assert.Equal("You both run supply chains.", form.Find($"#forward-note-{Introduction}").TextContent);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Forwarding_sends_the_introducers_words_and_returns_to_the_connections_page()
    {
        browser.Post($"forward-{Introduction}", ("ForwardNote", "You both run supply chains."));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal(new ForwardIntroduction(Introduction, "You both run supply chains."), Sent.Single<ForwardIntroduction>());
        Assert.Equal("/connections", NavigatedTo);
    }

    [Fact]
    public void The_note_box_is_empty_until_a_forward_is_refused()
    {
        browser.Post($"forward-{Introduction}", ("ForwardNote", "You both run supply chains."));

        var form = RenderForm();

        Assert.Equal(string.Empty, form.Find($"#forward-note-{Introduction}").TextContent);
        Assert.Empty(form.FindAll($"#forward-note-{Introduction}-error"));
    }
}
