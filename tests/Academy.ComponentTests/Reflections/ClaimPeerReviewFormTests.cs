using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.PeerReviews;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class ClaimPeerReviewFormTests : ComponentTest
{
    private int refused;

    private IRenderedComponent<ClaimPeerReviewForm> RenderForm() =>
        Render<ClaimPeerReviewForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "m2-reflection")
            .Add(p => p.OnRefused, () => refused++));

    [Fact]
    public void The_form_is_one_button_asking_for_a_peers_reflection()
    {
        var form = RenderForm();

        Assert.Equal("Review a peer's reflection", form.Find("button[type=submit]").TextContent);
        Assert.Empty(form.FindAll(".field-error"));
    }

    [Fact]
    public void Claiming_sends_the_assignment_and_goes_to_the_review_page_of_the_claim()
    {
        var claim = Guid.Parse("0190f5a1-0000-7000-8000-000000000001");
        Sent.Answer<ClaimPeerReview>(_ => claim);
        Post("claim-peer-review");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal(new ClaimPeerReview("mba-2026", "m2-reflection"), Sent.Single<ClaimPeerReview>());
        Assert.Equal($"/cohorts/mba-2026/reflections/m2-reflection/peer-review/{claim}", NavigatedTo);
        Assert.Equal(0, refused);
    }

    [Theory]
    [InlineData("Submit your own reflection first: reviewing opens to those who have.")]
    [InlineData("There is no reflection for you to review right now: you have reviewed or are reviewing every one there is. Late submissions join as they arrive.")]
    public void A_refused_claim_says_why_beside_the_button_and_stays(string message)
    {
        Sent.Refuse<ClaimPeerReview>(new RuleViolation(message));
        Post("claim-peer-review");
        var form = RenderForm();

        form.Find("form").Submit();

        var error = form.Find("#claim-peer-review-error");
        Assert.Equal(message, error.TextContent.Trim());
        Assert.Equal("alert", error.GetAttribute("role"));
        Assert.Equal("claim-peer-review-error", form.Find("button[type=submit]").GetAttribute("aria-describedby"));
        Assert.Null(NavigatedTo);
        Assert.Equal(1, refused);
    }

    [Fact]
    public void A_claim_by_someone_who_may_not_review_is_not_found_rather_than_refused()
    {
        Sent.Refuse<ClaimPeerReview>(new NotFoundException("Only learners of mba-2026 review their peers."));
        Post("claim-peer-review");
        var form = RenderForm();

        Assert.Throws<NotFoundException>(() => form.Find("form").Submit());
        Assert.Null(NavigatedTo);
    }
}
