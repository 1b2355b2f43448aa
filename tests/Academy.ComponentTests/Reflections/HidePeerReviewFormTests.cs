using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.PeerReviews;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class HidePeerReviewFormTests : ComponentTest
{
    private static readonly Guid Review = Guid.Parse("0190a000-0000-7000-8000-0000000000aa");

    private IRenderedComponent<HidePeerReviewForm> RenderForm(bool hidden) =>
        Render<HidePeerReviewForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "my-reasons")
            .Add(p => p.ReviewId, Review).Add(p => p.IsHidden, hidden));

    [Fact]
    public void A_shown_review_is_hidden_as_inappropriate_and_the_reviews_are_shown_again()
    {
        var form = RenderForm(hidden: false);
        Assert.Equal("Hide as inappropriate", form.Find("button").TextContent);

        form.Find("form").Submit();

        Assert.Equal(new HidePeerReview("mba-2026", "my-reasons", Review, Hidden: true), Sent.Single<HidePeerReview>());
        Assert.Equal("/cohorts/mba-2026/reflections/my-reasons/peer-reviews#sent-reviews", NavigatedTo);
    }

    [Fact]
    public void A_hidden_review_is_shown_again()
    {
        var form = RenderForm(hidden: true);
        Assert.Equal("Show again", form.Find("button").TextContent);

        form.Find("form").Submit();

        Assert.Equal(new HidePeerReview("mba-2026", "my-reasons", Review, Hidden: false), Sent.Single<HidePeerReview>());
    }

    [Fact]
    public void A_refusal_is_said_in_the_form_and_the_page_stays()
    {
        Sent.Refuse<HidePeerReview>(new RuleViolation("Only a review that was sent can be hidden."));
        var form = RenderForm(hidden: false);

        form.Find("form").Submit();

        Assert.Equal("Only a review that was sent can be hidden.", form.Find(".field-error").TextContent);
        Assert.Null(NavigatedTo);
    }
}
