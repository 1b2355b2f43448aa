using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.PeerReviews;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class PeerReviewFormTests : ComponentTest
{
    private static readonly Guid ReviewId = Guid.Parse("0190f5a1-0000-7000-8000-000000000002");

    private int refused;

    private IRenderedComponent<PeerReviewForm> RenderForm(bool withRubric = true) =>
        Render<PeerReviewForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "m2-reflection")
            .Add(p => p.ReviewId, ReviewId)
            .Add(p => p.Assignment, withRubric ? Examples.Assignment() : Examples.Assignment() with { Rubric = [] })
            .Add(p => p.OnRefused, () => refused++));

    /// <summary>The form as the browser posts it: a comment and a score (empty for "No score") per criterion.</summary>
    private void PostReview(params (string Comment, string Score)[] criteria) =>
        Post("peer-review", criteria.SelectMany((criterion, i) => new[] { ($"Input.Comments[{i}]", criterion.Comment), ($"Input.Scores[{i}]", criterion.Score) }).ToArray());

    private static string? Checked(IRenderedComponent<PeerReviewForm> form, int criterion) =>
        form.FindAll($"input[name='Input.Scores[{criterion}]']").SingleOrDefault(radio => radio.HasAttribute("checked"))?.GetAttribute("id");

    [Fact]
    public void Each_rubric_criterion_has_a_comment_and_an_optional_score_among_its_levels()
    {
        var form = RenderForm();

        Assert.Equal(["Insight", "Evidence"], form.FindAll("fieldset.peer-criterion > legend").Select(legend => legend.TextContent));
        Assert.All(form.FindAll("fieldset.peer-criterion > legend"), legend => Assert.Equal("no", legend.GetAttribute("translate")));
        Assert.Equal(["Input.Comments[0]", "Input.Comments[1]"], form.FindAll("textarea").Select(textarea => textarea.GetAttribute("name")));
        Assert.Equal(["1", "2", "4", ""], form.FindAll("input[name='Input.Scores[0]']").Select(radio => radio.GetAttribute("value")));
        Assert.Equal(["1", "3", ""], form.FindAll("input[name='Input.Scores[1]']").Select(radio => radio.GetAttribute("value")));
        Assert.Equal("No score", form.Find("label[for=peer-score-1-none]").TextContent);
        Assert.Equal(("peer-score-0-none", "peer-score-1-none"), (Checked(form, 0), Checked(form, 1)));
        Assert.Equal("Your comment", form.Find("label[for=peer-comment-0]").TextContent);
    }

    [Fact]
    public void An_assignment_without_a_rubric_asks_for_one_comment_and_no_score()
    {
        var form = RenderForm(withRubric: false);

        Assert.Equal("Your review", form.Find("fieldset.peer-criterion > legend").TextContent);
        Assert.Single(form.FindAll("textarea"));
        Assert.Empty(form.FindAll("input[type=radio]"));
    }

    [Fact]
    public void Sending_posts_the_comments_and_scores_in_rubric_order_and_goes_to_the_peer_review_page()
    {
        PostReview(("Sharp **insight**.", "4"), ("One example only.", ""));
        var form = RenderForm();
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        var sent = Sent.Single<SubmitPeerReview>();
        Assert.Equal(("mba-2026", "m2-reflection", ReviewId), (sent.CohortSlug, sent.AssignmentSlug, sent.ReviewId));
        Assert.Equal(["Sharp **insight**.", "One example only."], sent.Comments);
        Assert.Equal([4, null], sent.Scores);
        Assert.Equal("/cohorts/mba-2026/reflections/m2-reflection/peer-review?sent=true", NavigatedTo);
        Assert.Equal(0, refused);
    }

    [Fact]
    public void An_empty_review_is_refused_above_the_form_and_nothing_is_sent()
    {
        PostReview(("", ""), ("  ", "3"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Write your review before sending it.", form.Find(".form-errors").TextContent.Trim());
        Assert.Equal("peer-score-1-3", Checked(form, 1));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
        Assert.Equal(1, refused);
    }

    [Fact]
    public void A_missing_comment_and_a_score_out_of_range_are_said_beside_their_fields_and_everything_typed_is_kept()
    {
        Sent.Refuse<SubmitPeerReview>(new RuleViolation(
        [
            new RuleMessage("Comments[1]", "Write a comment on “Evidence”."),
            new RuleMessage("Scores[0]", "A score for “Insight” is one of its levels, from 1 to 4 points, or none."),
        ]));
        PostReview(("Sharp insight.", "9"), ("", "3"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Write a comment on “Evidence”.", form.Find("#peer-comment-1-error").TextContent);
        Assert.Equal("A score for “Insight” is one of its levels, from 1 to 4 points, or none.", form.Find("#peer-score-0-error").TextContent);
        Assert.Empty(form.FindAll("#peer-comment-0-error"));
        Assert.Empty(form.FindAll("#peer-score-1-error"));
        Assert.Equal("Sharp insight.", form.Find("#peer-comment-0").TextContent);
        Assert.Equal("peer-score-1-3", Checked(form, 1));
        Assert.Null(NavigatedTo);
        Assert.Equal(1, refused);
    }

    [Fact]
    public void A_review_refused_as_a_whole_says_why_above_the_form_and_keeps_the_comments_and_scores()
    {
        Sent.Refuse<SubmitPeerReview>(new RuleViolation("Your claim lapsed and this reflection went to another reviewer. Your text is kept below: copy what you want to keep, then ask for another reflection to review."));
        PostReview(("Sharp insight.", "2"), ("Rich examples.", "3"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.StartsWith("Your claim lapsed", form.Find(".form-errors").TextContent.Trim());
        Assert.Equal(["Sharp insight.", "Rich examples."], form.FindAll("textarea").Select(textarea => textarea.TextContent));
        Assert.Equal(("peer-score-0-2", "peer-score-1-3"), (Checked(form, 0), Checked(form, 1)));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void While_a_post_is_sent_before_the_page_has_its_view_the_form_sends_what_was_posted()
    {
        PostReview(("Sharp insight.", ""), ("Rich examples.", "1"));
        var form = Render<PeerReviewForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "m2-reflection")
            .Add(p => p.ReviewId, ReviewId).Add(p => p.Assignment, null));

        form.Find("form").Submit();

        Assert.Equal([null, 1], Sent.Single<SubmitPeerReview>().Scores);
    }
}
