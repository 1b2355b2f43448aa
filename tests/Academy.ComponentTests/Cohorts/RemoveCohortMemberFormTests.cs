using Academy.Cohorts.Membership;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class RemoveCohortMemberFormTests : ComponentTest
{
    private readonly BrowserFormPost browser;

    public RemoveCohortMemberFormTests() => browser = BrowserFormPost.AddTo(Services);

    private IRenderedComponent<RemoveCohortMemberForm> RenderForm() => Render<RemoveCohortMemberForm>(parameters => parameters
        .Add(p => p.CohortSlug, "mba-2026").Add(p => p.CohortName, "MBA 2026").Add(p => p.MemberId, "u-bea").Add(p => p.MemberName, "Bea Okafor"));

    [Fact]
    public void The_box_says_who_leaves_which_cohort()
    {
        var form = RenderForm();

        Assert.Equal("Remove Bea Okafor from MBA 2026: their access ends at once; what they wrote stays.", form.Find("label[for=confirm-remove]").TextContent);
    }

    [Fact]
    public void Removing_without_ticking_the_box_asks_for_it_and_sends_nothing()
    {
        browser.Post("remove"); // an unticked box is not posted
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Tick the box to confirm.", form.Find("p.field-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Removing_with_the_box_ticked_sends_the_member_of_the_cohort_and_returns_to_its_people()
    {
        browser.Post("remove", ("ConfirmRemove", "true"));
        var form = RenderForm();
        browser.AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(new RemoveCohortMember("mba-2026", "u-bea"), Sent.Single<RemoveCohortMember>());
        Assert.Equal("/cohorts/mba-2026/people", NavigatedTo);
        Assert.Empty(form.FindAll("p.field-error"));
    }

    [Fact]
    public async Task A_member_who_cannot_be_removed_is_not_found_rather_than_answered_with_a_redirect()
    {
        Sent.Refuse<RemoveCohortMember>(new NotFoundException("u-bea cannot be removed from mba-2026."));
        browser.Post("remove", ("ConfirmRemove", "true"));
        var form = RenderForm();

        await Assert.ThrowsAsync<NotFoundException>(() => form.Find("form").SubmitAsync());

        Assert.Null(NavigatedTo);
    }
}
