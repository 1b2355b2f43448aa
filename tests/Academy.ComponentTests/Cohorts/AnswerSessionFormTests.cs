using Academy.Cohorts.Sessions;
using Academy.ComponentTests.Infrastructure;
using Academy.Contracts.Sessions;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class AnswerSessionFormTests : ComponentTest
{
    private IRenderedComponent<AnswerSessionForm> RenderForm(RsvpAnswer? current = null) => Render<AnswerSessionForm>(parameters => parameters
        .Add(p => p.CohortSlug, "mba-2026").Add(p => p.Number, 3).Add(p => p.Current, current));

    [Fact]
    public void Three_answers_are_offered_and_the_current_one_is_pressed()
    {
        var form = RenderForm(RsvpAnswer.Maybe);

        var buttons = form.FindAll("button[name=Answer]");
        Assert.Equal(["Going", "Maybe", "Not going"], buttons.Select(b => b.TextContent));
        Assert.Equal(["Going", "Maybe", "NotGoing"], buttons.Select(b => b.GetAttribute("value")));
        Assert.Equal(["false", "true", "false"], buttons.Select(b => b.GetAttribute("aria-pressed")));
        Assert.Equal("Will you be there?", form.Find("legend").TextContent);
    }

    [Fact]
    public void Pressing_an_answer_sends_it_and_returns_to_the_session()
    {
        Post("rsvp", ("Answer", "NotGoing"));
        var form = RenderForm(RsvpAnswer.Going);
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(new AnswerSession("mba-2026", 3, RsvpAnswer.NotGoing), Sent.Single<AnswerSession>());
        Assert.Equal("/cohorts/mba-2026/sessions/3", NavigatedTo);
    }

    [Fact]
    public void A_post_without_an_answer_is_refused_in_words_and_sends_nothing()
    {
        Post("rsvp");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Choose going, maybe or not going.", form.Find("[role=alert]").TextContent);
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void An_answer_to_a_session_that_ended_is_refused_in_words()
    {
        Sent.Refuse<AnswerSession>(new RuleViolation("This session has ended."));
        Post("rsvp", ("Answer", "Going"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("This session has ended.", form.Find("[role=alert]").TextContent);
        Assert.Null(NavigatedTo);
    }
}
