using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.PeerReviews;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class PeerReviewSettingsFormTests : ComponentTest
{
    private IRenderedComponent<PeerReviewSettingsForm> RenderForm(PeerReviewTerms? current = null) =>
        Render<PeerReviewSettingsForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "my-reasons")
            .Add(p => p.Current, current ?? PeerReviewTerms.Defaults));

    [Fact]
    public void Before_anyone_saved_them_the_settings_are_off_two_reviews_each_way_anonymous_and_a_day_to_send()
    {
        var form = RenderForm();

        Assert.False(form.Find("#peer-on").HasAttribute("checked"));
        Assert.Equal("2", form.Find("#peer-reviews-per-submission").GetAttribute("value"));
        Assert.Equal("2", form.Find("#peer-reviews-to-give").GetAttribute("value"));
        Assert.True(form.Find("#peer-anonymous").HasAttribute("checked"));
        Assert.True(form.Find("#peer-include-private").HasAttribute("checked"));
        Assert.False(form.Find("#peer-show-scores").HasAttribute("checked"));
        Assert.Equal("24", form.Find("#peer-claim-hours").GetAttribute("value"));
        Assert.Equal("Learners review each other's reflections on this assignment", form.Find("label[for=peer-on]").TextContent);
    }

    [Fact]
    public void Saved_settings_are_shown_as_they_are()
    {
        var form = RenderForm(new PeerReviewTerms(true, 3, 1, false, new DateOnly(2026, 5, 21), true, true, false, 48));

        Assert.True(form.Find("#peer-on").HasAttribute("checked"));
        Assert.Equal("3", form.Find("#peer-reviews-per-submission").GetAttribute("value"));
        Assert.Equal("1", form.Find("#peer-reviews-to-give").GetAttribute("value"));
        Assert.False(form.Find("#peer-anonymous").HasAttribute("checked"));
        Assert.Equal("2026-05-21", form.Find("#peer-reviews-due").GetAttribute("value"));
        Assert.True(form.Find("#peer-reveal-after-giving").HasAttribute("checked"));
        Assert.False(form.Find("#peer-include-private").HasAttribute("checked"));
        Assert.Equal("48", form.Find("#peer-claim-hours").GetAttribute("value"));
    }

    [Fact]
    public void Numbers_out_of_range_are_refused_beside_each_field_the_typed_numbers_kept_and_nothing_sent()
    {
        Post("peer-review-settings", ("Settings.IsOn", "true"), ("Settings.ReviewsPerSubmission", "0"), ("Settings.ReviewsToGive", "11"),
            ("Settings.ClaimHours", "1000"));
        var form = RenderForm();
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal("Choose from 1 to 10 reviews.", form.Find("#peer-reviews-per-submission-error").TextContent);
        Assert.Equal("Choose from 1 to 10 reviews.", form.Find("#peer-reviews-to-give-error").TextContent);
        Assert.Equal("Choose from 1 to 336 hours.", form.Find("#peer-claim-hours-error").TextContent);
        Assert.Equal("0", form.Find("#peer-reviews-per-submission").GetAttribute("value"));
        Assert.Equal("11", form.Find("#peer-reviews-to-give").GetAttribute("value"));
        Assert.Equal("1000", form.Find("#peer-claim-hours").GetAttribute("value"));
        Assert.True(form.Find("#peer-on").HasAttribute("checked"));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_review_due_date_refused_by_a_rule_is_said_beside_the_date_which_is_kept()
    {
        Sent.Refuse<ChangePeerReviewSettings>(new RuleViolation("Reviews can be due on the reflections' due date (14 May 2026) or later.",
            nameof(ChangePeerReviewSettings.ReviewsDueOn)));
        Post("peer-review-settings", ("Settings.IsOn", "true"), ("Settings.ReviewsPerSubmission", "2"), ("Settings.ReviewsToGive", "2"),
            ("Settings.ReviewsDueOn", "2026-05-10"), ("Settings.ClaimHours", "24"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Reviews can be due on the reflections' due date (14 May 2026) or later.", form.Find("#peer-reviews-due-error").TextContent);
        Assert.Empty(form.FindAll("#peer-reviews-per-submission-error"));
        Assert.Equal("2026-05-10", form.Find("#peer-reviews-due").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Saving_sends_every_setting_an_unticked_box_as_no_and_shows_the_page_saved()
    {
        Post("peer-review-settings", ("Settings.IsOn", "true"), ("Settings.ReviewsPerSubmission", "3"), ("Settings.ReviewsToGive", "2"),
            ("Settings.ReviewsDueOn", "2026-05-28"), ("Settings.ShowsPeerScores", "true"), ("Settings.ClaimHours", "12"));
        var form = RenderForm();
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal(new ChangePeerReviewSettings("mba-2026", "my-reasons", IsOn: true, ReviewsPerSubmission: 3, ReviewsToGive: 2, IsAnonymous: false,
            new DateOnly(2026, 5, 28), ShowsPeerScores: true, RevealsAfterGiving: false, IncludesPrivateReflections: false, ClaimHours: 12),
            Sent.Single<ChangePeerReviewSettings>());
        Assert.Equal("/cohorts/mba-2026/reflections/my-reasons/peer-reviews?saved=true", NavigatedTo);
    }
}
