using Academy.Cohorts.Connections;
using Academy.Cohorts.People;
using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class AskForIntroductionFormTests : ComponentTest
{
    private static readonly Person[] Mutual =
    [
        new("u-cai", "Cai Jones", CohortRole.Learner, null, null, null, null, [], [], null),
        new("u-dee", "Dee Singh", CohortRole.Instructor, null, null, null, null, [], [], null),
    ];

    private IRenderedComponent<AskForIntroductionForm> RenderForm() => Render<AskForIntroductionForm>(parameters => parameters
        .Add(p => p.CohortSlug, "mba-2026").Add(p => p.MemberId, "u-bea").Add(p => p.Mutual, Mutual));

    [Fact]
    public void The_people_both_know_are_offered_as_introducers()
    {
        var form = RenderForm();

        Assert.Equal(
            [("", "Choose…"), ("u-cai", "Cai Jones"), ("u-dee", "Dee Singh")],
            form.FindAll("#introducer option").Select(option => (option.GetAttribute("value"), option.TextContent)));
    }

    [Fact]
    public void Asking_without_an_introducer_or_a_note_is_refused_beside_each_and_nothing_is_sent()
    {
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Choose who could introduce you.", form.Find("#introducer-error").TextContent);
        Assert.Equal("Tell them why you would like to meet: it is what they will pass on.", form.Find("#introduction-note-error").TextContent);
        Assert.True(form.Find("details.introduction").HasAttribute("open"));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_note_over_500_characters_is_refused_beside_the_note_and_both_choices_are_kept()
    {
        var typed = new string('n', 501);
        var form = RenderForm();

        form.Find("#introducer").Change("u-dee");
        form.Find("#introduction-note").Change(typed);
        form.Find("form").Submit();

        Assert.Equal("Keep the note to 500 characters.", form.Find("#introduction-note-error").TextContent);
        Assert.Empty(form.FindAll("#introducer-error"));
        Assert.Equal("u-dee", form.Find("#introducer").GetAttribute("value"));
        Assert.Equal(typed, form.Find("#introduction-note").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void An_introducer_the_rule_does_not_accept_is_refused_beside_the_choice_and_the_note_is_kept()
    {
        Sent.Refuse<AskForIntroduction>(new RuleViolation("Choose someone you and Bea Okafor both know.", nameof(AskForIntroduction.IntroducerId)));
        var form = RenderForm();

        form.Find("#introducer").Change("u-cai");
        form.Find("#introduction-note").Change("We both work on port logistics.");
        form.Find("form").Submit();

        Assert.Equal("Choose someone you and Bea Okafor both know.", form.Find("#introducer-error").TextContent);
        Assert.Equal("We both work on port logistics.", form.Find("#introduction-note").GetAttribute("value"));
        Assert.Equal("u-cai", form.Find("#introducer").GetAttribute("value"));
        Assert.True(form.Find("details.introduction").HasAttribute("open"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void An_introduction_already_asked_for_is_refused_beside_the_note()
    {
        Sent.Refuse<AskForIntroduction>(new RuleViolation("You have already asked for an introduction to Bea Okafor.", nameof(AskForIntroduction.Note)));
        var form = RenderForm();

        form.Find("#introducer").Change("u-cai");
        form.Find("#introduction-note").Change("We both work on port logistics.");
        form.Find("form").Submit();

        Assert.Equal("You have already asked for an introduction to Bea Okafor.", form.Find("#introduction-note-error").TextContent);
        Assert.Empty(form.FindAll("#introducer-error"));
    }

    [Fact]
    public void Asking_sends_the_introducer_the_member_and_the_note_and_goes_back_to_the_profile()
    {
        var form = RenderForm();

        form.Find("#introducer").Change("u-dee");
        form.Find("#introduction-note").Change("We both work on port logistics.");
        form.Find("form").Submit();

        Assert.Equal(new AskForIntroduction("mba-2026", "u-dee", "u-bea", "We both work on port logistics."), Sent.Single<AskForIntroduction>());
        Assert.Equal("/cohorts/mba-2026/people/u-bea?sent=introduction", NavigatedTo);
    }

    [Fact]
    public void The_introduction_form_stays_folded_until_something_is_refused()
    {
        var form = RenderForm();

        Assert.False(form.Find("details.introduction").HasAttribute("open"));
    }
}
