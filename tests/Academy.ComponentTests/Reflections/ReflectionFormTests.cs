using Academy.ComponentTests.Infrastructure;
using Academy.Reflections.Domain;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Reflections;

public sealed class ReflectionFormTests : ComponentTest
{
    private const string ReflectionPage = "/cohorts/mba-2026/reflections/m2-reflection";

    private int refused;

    public ReflectionFormTests() => SignIn("ada", "Ada Lovelace");

    /// <summary>On a post the page renders the form without its view (null), as the form sends at once.</summary>
    private IRenderedComponent<ReflectionForm> RenderForm(ReflectionView? view = null) =>
        Render<ReflectionForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.AssignmentSlug, "m2-reflection")
            .Add(p => p.View, view).Add(p => p.OnRefused, () => refused++));

    /// <summary>The form posted by one of its buttons (<c>Input.Action</c>: save, submit or preview), with the text and the draft version.</summary>
    private void PostReflection(string action, string body, bool confirmed = false, int version = 3) =>
        Post("reflection", ("Input.Action", action), ("Input.Body", body), ("Input.Version", version.ToString()),
            ("Input.Confirmed", confirmed ? "true" : "false"));

    [Fact]
    public void The_form_starts_from_the_saved_draft_and_its_version()
    {
        var form = RenderForm(Examples.View(draft: "First thoughts on radar charts", draftVersion: 3,
            draftSavedAt: new DateTimeOffset(2026, 5, 9, 14, 5, 0, TimeSpan.Zero)));

        Assert.Equal("First thoughts on radar charts", form.Find("#reflection-body").GetAttribute("value"));
        Assert.Equal("3", form.Find("input[name='Input.Version']").GetAttribute("value"));
        // 14:05 UTC on the clock of Helsinki, the zone of a reader who has not chosen one (summer time).
        Assert.Equal(("5 words", "Draft saved 17:05"), (form.Find("[data-word-count]").TextContent, form.Find("[data-draft-status]").TextContent));
    }

    [Fact]
    public void A_reflection_never_saved_says_so()
    {
        var form = RenderForm(Examples.View());

        Assert.Equal(("0 words", "Not saved yet"), (form.Find("[data-word-count]").TextContent, form.Find("[data-draft-status]").TextContent));
    }

    [Fact]
    public void The_editor_keeps_its_local_copy_per_learner_cohort_and_assignment()
    {
        var form = RenderForm(Examples.View());

        var editor = form.Find("form");
        Assert.Equal("academy:reflection:ada:mba-2026:m2-reflection", editor.GetAttribute("data-local-key"));
        Assert.Equal(($"{ReflectionPage}/draft", $"{ReflectionPage}/preview"), (editor.GetAttribute("data-draft-url"), editor.GetAttribute("data-preview-url")));
    }

    [Fact]
    public void An_open_reflection_offers_submit_save_and_preview()
    {
        var form = RenderForm(Examples.View());

        Assert.Equal(["submit", "save", "preview"], form.FindAll("button[name='Input.Action']").Select(button => button.GetAttribute("value")));
        Assert.NotNull(form.Find("#confirm-submit"));
    }

    [Fact]
    public void After_the_cut_off_the_learner_may_still_write_but_not_submit()
    {
        var form = RenderForm(Examples.View(closed: true));

        Assert.Equal("Submissions closed on 21 May 2026. You can keep writing; to submit, ask for an extension below.", form.Find(".notice").TextContent);
        Assert.Equal(["save", "preview"], form.FindAll("button[name='Input.Action']").Select(button => button.GetAttribute("value")));
        Assert.Empty(form.FindAll("#confirm-submit"));
    }

    [Fact]
    public void Saving_a_draft_sends_the_text_with_the_version_it_started_from_and_goes_back_to_the_reflection()
    {
        PostReflection("save", "Radar charts hide the scale.");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal(new SaveReflectionDraft("mba-2026", "m2-reflection", "Radar charts hide the scale.", 3), Sent.Single<SaveReflectionDraft>());
        Assert.Equal(ReflectionPage, NavigatedTo);
        Assert.Equal(0, refused);
    }

    [Fact]
    public void Submitting_without_ticking_the_box_is_refused_beside_it_and_the_text_is_kept()
    {
        PostReflection("submit", "Radar charts hide the scale.");
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Tick the box to confirm: a submitted reflection can no longer be changed.", form.Find("#confirm-submit-error").TextContent);
        Assert.Equal("Radar charts hide the scale.", form.Find("#reflection-body").GetAttribute("value"));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
        Assert.Equal(1, refused);
    }

    [Fact]
    public void Submitting_an_empty_reflection_is_refused_beside_the_text()
    {
        PostReflection("submit", "   ", confirmed: true);
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Write your reflection before submitting it.", form.Find("#reflection-body-error").TextContent);
        Assert.Empty(form.FindAll("#confirm-submit-error"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void Submitting_sends_the_text_the_confirmation_and_the_version_and_goes_back_to_the_reflection()
    {
        PostReflection("submit", "Radar charts hide the scale.", confirmed: true);
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal(new SubmitReflection("mba-2026", "m2-reflection", "Radar charts hide the scale.", true, 3), Sent.Single<SubmitReflection>());
        Assert.Empty(Sent.All.OfType<SaveReflectionDraft>());
        Assert.Equal(ReflectionPage, NavigatedTo);
    }

    [Fact]
    public void A_submission_refused_by_a_rule_says_why_above_the_form_and_keeps_the_text()
    {
        Sent.Refuse<SubmitReflection>(new RuleViolation("Submissions closed on 21 May 2026."));
        PostReflection("submit", "Radar charts hide the scale.", confirmed: true);
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Submissions closed on 21 May 2026.", form.Find(".form-errors").TextContent.Trim());
        Assert.Equal("Radar charts hide the scale.", form.Find("#reflection-body").GetAttribute("value"));
        Assert.Null(NavigatedTo);
        Assert.Equal(1, refused);
    }

    [Fact]
    public void A_preview_shows_the_rendered_text_on_the_page_without_saving()
    {
        Sent.Answer<PreviewReflection>(_ => "<p><strong>Scale</strong> matters.</p>");
        PostReflection("preview", "**Scale** matters.");
        var form = RenderForm();
        Assert.True(form.Find("[data-preview]").HasAttribute("hidden"));

        form.Find("form").Submit();

        Assert.Equal(new PreviewReflection("mba-2026", "m2-reflection", "**Scale** matters."), Sent.Single<PreviewReflection>());
        Assert.False(form.Find("[data-preview]").HasAttribute("hidden"));
        Assert.Equal("<p><strong>Scale</strong> matters.</p>", form.Find("[data-preview] .prose").InnerHtml);
        Assert.Equal("**Scale** matters.", form.Find("#reflection-body").GetAttribute("value"));
        Assert.Null(NavigatedTo);
        Assert.Equal(1, refused);
    }

    [Fact]
    public void A_draft_saved_in_another_window_is_shown_beside_the_kept_text_and_the_next_save_is_based_on_it()
    {
        Sent.Refuse<SaveReflectionDraft>(new DraftConflictException("Text from the other tab", new DateTimeOffset(2026, 5, 9, 15, 20, 0, TimeSpan.Zero), 5));
        PostReflection("save", "Radar charts hide the scale.", version: 3);
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("The text saved in the other window at 18:20", form.Find(".conflict summary").TextContent);
        Assert.Equal("Text from the other tab", form.Find(".conflict pre.other-version").TextContent);
        Assert.Equal("This reflection was changed in another window. Your text below is kept; compare it with the other one, then save or submit again to use yours.",
            form.Find(".form-errors").TextContent.Trim());
        Assert.Equal("Radar charts hide the scale.", form.Find("#reflection-body").GetAttribute("value"));
        Assert.Equal("5", form.Find("input[name='Input.Version']").GetAttribute("value"));
        Assert.Null(NavigatedTo);
        Assert.Equal(1, refused);

        Sent.Answer<SaveReflectionDraft>(_ => new DraftSaved(DateTimeOffset.UnixEpoch, 6));
        form.Find("form").Submit();

        Assert.Equal(new SaveReflectionDraft("mba-2026", "m2-reflection", "Radar charts hide the scale.", 5), Sent.Single<SaveReflectionDraft>());
        Assert.Equal(ReflectionPage, NavigatedTo);
    }

    [Fact]
    public void A_submission_in_conflict_shows_the_other_text_too()
    {
        Sent.Refuse<SubmitReflection>(new DraftConflictException("Text from the other tab", null, 4));
        PostReflection("submit", "Radar charts hide the scale.", confirmed: true);
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("The text saved in the other window", form.Find(".conflict summary").TextContent);
        Assert.Equal("4", form.Find("input[name='Input.Version']").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Theory]
    [InlineData(true, ReflectionAudience.Private, "Your reflection is private, but peers will read it to review it")]
    [InlineData(false, ReflectionAudience.Private, "Only reflections shared with the cohort are peer reviewed: yours is private")]
    [InlineData(false, ReflectionAudience.Cohort, "Only reflections shared with the cohort are peer reviewed.")]
    public void With_peer_review_on_the_learner_is_told_before_submitting_who_will_read_the_reflection(bool includesPrivate, ReflectionAudience audience, string told)
    {
        var peerReview = new PeerReviewOfMine(IsAnonymous: true, ReviewsToGive: 2, RevealsAfterGiving: false, ShowsPeerScores: false, includesPrivate, Given: 0, Waiting: 0, []);
        var form = RenderForm(Examples.View(audience: audience) with { PeerReview = peerReview });

        var notice = form.Find("#peer-review-notice");
        Assert.StartsWith("Once you submit, peers will review your reflection anonymously", notice.TextContent.Trim());
        Assert.Contains(told, notice.TextContent);
        Assert.Equal("peer-review-notice", form.Find("#confirm-submit").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Without_peer_review_nothing_is_said_of_peers()
    {
        var form = RenderForm(Examples.View());

        Assert.Empty(form.FindAll("#peer-review-notice"));
        Assert.Equal("Markdown works. Only you and your instructors see it.", form.Find("#reflection-body-hint").TextContent);
    }
}
