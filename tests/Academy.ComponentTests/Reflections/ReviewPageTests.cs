using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.Domain;
using Academy.Reflections.Review;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

/// <summary>
/// The review form's rubric (a level per criterion, feedback, complete or return) is inline in the review page, so the
/// page is rendered with the reflection as GetReflectionForReview answers it.
/// </summary>
public sealed class ReviewPageTests : ComponentTest
{
    private static readonly Guid ReflectionId = new("6f1c2b9e-0d7a-4b53-9a51-3c2e8f0a7d14");

    private static ReflectionForReview Reflection(ReflectionStatus status = ReflectionStatus.Submitted, IReadOnlyList<int>? scores = null) =>
        new("mba-2026", ReflectionId, "Ada Lovelace", Examples.Assignment(), status, "<p>Radar charts hide the scale.</p>",
            new DateTimeOffset(2026, 5, 13, 18, 0, 0, TimeSpan.Zero), IsLate: false, Version: 1, scores ?? [], FeedbackMarkdown: string.Empty,
            SubmittedMarkdown: "Radar charts hide the scale.", PreviousMarkdown: null);

    private IRenderedComponent<ReviewPage> RenderPage(ReflectionForReview reflection)
    {
        Sent.Answer<GetReflectionForReview>(_ => reflection);
        return Render<ReviewPage>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ReflectionId, ReflectionId));
    }

    /// <summary>The review as the browser posts it: the checked level of each criterion, the feedback, and the button pressed.</summary>
    private void PostReview(string decision, string feedback, params (int Criterion, int Points)[] scores) =>
        Post("review", scores.Select(score => ($"Input.Scores[{score.Criterion}]", score.Points.ToString()))
            .Append(("Input.Feedback", feedback)).Append(("Input.Decision", decision)).ToArray());

    private static IEnumerable<string?> CheckedLevels(IRenderedComponent<ReviewPage> page) =>
        page.FindAll(".rubric-criterion input[type=radio]").Where(radio => radio.HasAttribute("checked")).Select(radio => radio.Id).ToList();

    [Fact]
    public void Each_criterion_offers_its_levels_as_choices_of_their_points()
    {
        var page = RenderPage(Reflection());

        var criteria = page.FindAll("fieldset.rubric-criterion");
        Assert.Equal(["Insight", "Evidence"], criteria.Select(criterion => criterion.QuerySelector("legend")!.TextContent));
        Assert.Equal([("Input.Scores[0]", "1"), ("Input.Scores[0]", "2"), ("Input.Scores[0]", "4")],
            criteria[0].QuerySelectorAll("input[type=radio]").Select(radio => (radio.GetAttribute("name"), radio.GetAttribute("value"))));
        Assert.Equal([("Input.Scores[1]", "1"), ("Input.Scores[1]", "3")],
            criteria[1].QuerySelectorAll("input[type=radio]").Select(radio => (radio.GetAttribute("name"), radio.GetAttribute("value"))));
        Assert.Equal("Accomplished (4) Draws a lesson and acts on it.", page.Find("label[for=score-0-4]").TextContent);
        Assert.Empty(CheckedLevels(page));
    }

    [Fact]
    public void Completing_sends_the_points_in_rubric_order_with_the_feedback_and_goes_back_to_the_queue()
    {
        PostReview("complete", "A clear lesson.", (0, 4), (1, 3));
        var page = RenderPage(Reflection());

        page.Find("form").Submit();

        var review = Sent.Single<ReviewReflection>();
        Assert.Equal(("mba-2026", ReflectionId, "A clear lesson.", true), (review.CohortSlug, review.ReflectionId, review.Feedback, review.Complete));
        Assert.Equal([4, 3], review.Scores);
        Assert.Equal("/cohorts/mba-2026/reflections/review", NavigatedTo);
    }

    [Fact]
    public void Returning_for_revision_sends_a_review_that_does_not_complete()
    {
        PostReview("return", "Add an example from your team.", (0, 2), (1, 1));
        var page = RenderPage(Reflection());

        page.Find("form").Submit();

        var review = Sent.Single<ReviewReflection>();
        Assert.Equal(("Add an example from your team.", false), (review.Feedback, review.Complete));
        Assert.Equal([2, 1], review.Scores);
        Assert.Equal("/cohorts/mba-2026/reflections/review", NavigatedTo);
    }

    [Fact]
    public void A_criterion_left_without_a_level_is_refused_beside_it_and_the_chosen_levels_and_feedback_are_kept()
    {
        Sent.Refuse<ReviewReflection>(new RuleViolation([new RuleMessage("Scores[1]", "Choose a level for “Evidence”.")]));
        PostReview("complete", "A clear lesson.", (0, 4));
        var page = RenderPage(Reflection());

        page.Find("form").Submit();

        var criteria = page.FindAll("fieldset.rubric-criterion");
        Assert.Empty(criteria[0].QuerySelectorAll(".field-error"));
        Assert.Equal(["Choose a level for “Evidence”."], criteria[1].QuerySelectorAll(".field-error").Select(error => error.TextContent));
        Assert.Equal(["score-0-4"], CheckedLevels(page));
        Assert.Equal("A clear lesson.", page.Find("#feedback").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_refusal_of_the_whole_review_is_shown_above_the_rubric()
    {
        Sent.Refuse<ReviewReflection>(new RuleViolation("Choose one level per criterion."));
        PostReview("complete", string.Empty, (0, 4), (1, 3));
        var page = RenderPage(Reflection());

        page.Find("form").Submit();

        Assert.Equal("Choose one level per criterion.", page.Find(".form-errors").TextContent.Trim());
        Assert.Equal(["score-0-4", "score-1-3"], CheckedLevels(page));
    }

    [Fact]
    public void Feedback_too_long_is_refused_beside_it_and_nothing_is_sent()
    {
        var feedback = new string('x', 20_001);
        PostReview("complete", feedback, (0, 4), (1, 3));
        var page = RenderPage(Reflection());

        page.Find("form").Submit();

        Assert.Equal("Keep the feedback to 20,000 characters.", page.Find("#feedback-error").TextContent);
        Assert.Equal(feedback, page.Find("#feedback").GetAttribute("value"));
        Assert.Empty(Sent.All.OfType<ReviewReflection>());
        Assert.Null(NavigatedTo);
    }

    [Theory]
    [InlineData(ReflectionStatus.Completed, "Already reviewed: completed, 6 of 7 points.")]
    [InlineData(ReflectionStatus.Returned, "Already reviewed: returned for revision, 6 of 7 points.")]
    public void A_reviewed_reflection_shows_its_outcome_instead_of_the_rubric(ReflectionStatus status, string outcome)
    {
        var page = RenderPage(Reflection(status, scores: [4, 2]));

        Assert.Equal(outcome, page.Find("aside .notice").TextContent);
        Assert.Empty(page.FindAll("form"));
    }
}
