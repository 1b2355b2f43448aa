using Academy.Cohorts.Sessions;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class CancelSessionFormTests : ComponentTest
{
    private IRenderedComponent<CancelSessionForm> RenderForm() => Render<CancelSessionForm>(parameters => parameters
        .Add(p => p.CohortSlug, "mba-2026").Add(p => p.Number, 4).Add(p => p.Title, "Office hours"));

    [Fact]
    public void The_box_says_which_session_is_cancelled_and_what_people_see()
    {
        var form = RenderForm();

        Assert.Equal("Cancel “Office hours”: it stays listed as cancelled, and calendars mark it so.", form.Find("label[for=cancel-confirmed]").TextContent);
    }

    [Fact]
    public void Cancelling_without_ticking_the_box_asks_for_it_beside_the_box_and_sends_nothing()
    {
        Post("cancel-session"); // an unticked box is not posted
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Tick the box to confirm that the session is cancelled.", form.Find("#cancel-confirmed-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Cancelling_with_the_box_ticked_sends_the_cancellation_and_returns_to_the_session()
    {
        Post("cancel-session", ("Input.Confirmed", "true"));
        var form = RenderForm();
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(new CancelSession("mba-2026", 4, Confirmed: true), Sent.Single<CancelSession>());
        Assert.Equal("/cohorts/mba-2026/sessions/4", NavigatedTo);
    }

    [Fact]
    public void A_session_that_has_ended_is_refused_in_words_on_the_form()
    {
        Sent.Refuse<CancelSession>(new RuleViolation("This session has ended, so it can no longer be cancelled."));
        Post("cancel-session", ("Input.Confirmed", "true"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("This session has ended, so it can no longer be cancelled.", form.Find(".form-errors").TextContent.Trim());
        Assert.Null(NavigatedTo);
    }
}
