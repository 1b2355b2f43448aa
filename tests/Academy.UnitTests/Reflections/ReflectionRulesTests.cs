using Academy.Reflections.Domain;
using Academy.Shared.Errors;

namespace Academy.UnitTests.Reflections;

/// <summary>The rules a reflection keeps by itself, whatever sends the request.</summary>
public sealed class ReflectionRulesTests
{
    private static readonly DateOnly DueOn = new(2026, 9, 14);
    private static readonly Deadline OnTime = new(DueOn, CutOffOn: null);
    private static readonly DateTimeOffset DayBeforeDue = new(2026, 9, 13, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DayAfterDue = new(2026, 9, 15, 9, 0, 0, TimeSpan.Zero);

    private static Reflection Fresh() => new("mba", "my-reasons", "learner-1", "Aino Virtanen");

    private static Reflection Submitted(DateTimeOffset at)
    {
        var reflection = Fresh();
        reflection.Submit("My reasons.", "<p>My reasons.</p>", OnTime, at, "UTC");
        return reflection;
    }

    [Fact]
    public void A_draft_saved_from_the_version_it_started_from_is_kept_and_becomes_the_next_version()
    {
        var reflection = Fresh();

        var first = reflection.SaveDraft("First words.", basedOnVersion: 0, DayBeforeDue);
        var second = reflection.SaveDraft("First words, and more.", basedOnVersion: first, DayBeforeDue);

        Assert.Equal((1, 2), (first, second));
        Assert.Equal("First words, and more.", reflection.DraftMarkdown);
    }

    [Fact]
    public void The_same_text_saved_again_is_not_a_new_version()
    {
        var reflection = Fresh();
        var version = reflection.SaveDraft("Unchanged.", 0, DayBeforeDue);

        Assert.Equal(version, reflection.SaveDraft("Unchanged.", version, DayBeforeDue));
    }

    [Fact]
    public void A_draft_saved_from_an_older_version_overwrites_nothing_and_hands_back_the_newer_text()
    {
        var reflection = Fresh();
        reflection.SaveDraft("Written in the first tab.", 0, DayBeforeDue);
        reflection.SaveDraft("Written in the second tab.", 1, DayBeforeDue);

        var conflict = Assert.Throws<DraftConflictException>(() => reflection.SaveDraft("The first tab again.", 1, DayBeforeDue));

        Assert.Equal(("Written in the second tab.", 2), (conflict.Markdown, conflict.Version));
        Assert.Equal("Written in the second tab.", reflection.DraftMarkdown);
        Assert.IsAssignableFrom<ConflictException>(conflict);
    }

    [Fact]
    public void A_submission_on_or_before_the_due_date_is_on_time_and_after_it_late()
    {
        Assert.False(Submitted(DayBeforeDue).IsLate);
        Assert.False(Submitted(new DateTimeOffset(2026, 9, 14, 23, 59, 0, TimeSpan.Zero)).IsLate);
        Assert.True(Submitted(DayAfterDue).IsLate);
    }

    [Fact]
    public void A_submitted_reflection_is_read_only_until_it_is_returned_for_revision()
    {
        var reflection = Submitted(DayBeforeDue);

        Assert.Throws<RuleViolation>(() => reflection.SaveDraft("A change.", reflection.DraftVersion, DayAfterDue));
        Assert.Throws<RuleViolation>(() => reflection.Submit("Again.", "<p>Again.</p>", OnTime, DayAfterDue, "UTC"));
        Assert.Throws<RuleViolation>(() => reflection.RequestExtension(DueOn.AddDays(3), "More time.", DayAfterDue));

        reflection.Review([2, 3], "Tie it to your role.", "<p>Tie it to your role.</p>", complete: false, "Elina Saarinen", DayAfterDue);
        Assert.Equal(ReflectionStatus.Returned, reflection.Status);
        reflection.SaveDraft("Revised.", reflection.DraftVersion, DayAfterDue);
        reflection.Submit("Revised.", "<p>Revised.</p>", OnTime, DayAfterDue, "UTC");
        Assert.Equal([1, 2], reflection.Submissions.Select(submission => submission.Number));
    }

    [Fact]
    public void After_the_cut_off_only_an_extension_lets_a_learner_submit()
    {
        var closes = new Deadline(DueOn, CutOffOn: DueOn.AddDays(2));
        var afterCutOff = new DateTimeOffset(2026, 9, 17, 9, 0, 0, TimeSpan.Zero);
        var refused = Fresh();

        var violation = Assert.Throws<RuleViolation>(() => refused.Submit("Late words.", "<p>Late words.</p>", closes, afterCutOff, "UTC"));
        Assert.Contains("Submissions closed on 16 September 2026", violation.Message);
        Assert.Equal(ReflectionStatus.Draft, refused.Status);

        var extended = Fresh();
        extended.GrantExtension(DueOn.AddDays(5));
        extended.Submit("Late words.", "<p>Late words.</p>", closes, afterCutOff, "UTC");
        Assert.Equal(ReflectionStatus.Submitted, extended.Status);
        Assert.False(extended.IsLate);
    }

    [Fact]
    public void An_extension_moves_the_due_date_and_lifts_a_cut_off_before_it_but_never_shortens_anything()
    {
        var closes = new Deadline(DueOn, CutOffOn: DueOn.AddDays(2));

        Assert.Equal(new Deadline(DueOn.AddDays(5), DueOn.AddDays(5)), closes.ExtendedTo(DueOn.AddDays(5)));
        Assert.Equal(new Deadline(DueOn.AddDays(1), DueOn.AddDays(2)), closes.ExtendedTo(DueOn.AddDays(1)));
        Assert.Equal(closes, closes.ExtendedTo(DueOn.AddDays(-1)));
        Assert.Equal(closes, closes.ExtendedTo(null));
    }

    [Fact]
    public void Granting_or_declining_answers_the_open_request_for_more_time()
    {
        var granted = Fresh();
        granted.RequestExtension(DueOn.AddDays(3), "A strike at the port.", DayBeforeDue);
        granted.GrantExtension(DueOn.AddDays(4));
        Assert.Equal((DueOn.AddDays(4), (DateOnly?)null, (string?)null), (granted.ExtendedUntil!.Value, granted.ExtensionRequestedUntil, granted.ExtensionReason));

        var declined = Fresh();
        declined.RequestExtension(DueOn.AddDays(3), "A strike at the port.", DayBeforeDue);
        declined.DeclineExtension();
        Assert.Equal(((DateOnly?)null, (DateOnly?)null), (declined.ExtendedUntil, declined.ExtensionRequestedUntil));
    }

    [Fact]
    public void Only_a_submitted_reflection_is_reviewed_and_a_complete_review_ends_it()
    {
        Assert.Throws<RuleViolation>(() => Fresh().Review([3], "Good.", "<p>Good.</p>", complete: true, "Elina Saarinen", DayAfterDue));

        var reflection = Submitted(DayBeforeDue);
        reflection.Review([3, 4], "Good.", "<p>Good.</p>", complete: true, "Elina Saarinen", DayAfterDue);

        Assert.Equal((ReflectionStatus.Completed, 7, "Elina Saarinen"), (reflection.Status, reflection.Scores.Sum(), reflection.ReviewerName));
        Assert.False(reflection.IsEditable);
    }
}
