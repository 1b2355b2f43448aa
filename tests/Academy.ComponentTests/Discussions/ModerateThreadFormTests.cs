using Academy.ComponentTests.Infrastructure;
using Academy.Discussions.Domain;
using Academy.Discussions.Moderation;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Discussions;

public sealed class ModerateThreadFormTests : ComponentTest
{
    private IRenderedComponent<ModerateThreadForm> RenderForm(bool pinned = false, bool locked = false) =>
        Render<ModerateThreadForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7)
            .Add(p => p.IsPinned, pinned).Add(p => p.IsLocked, locked));

    private static IEnumerable<(string Text, string? Value)> Buttons(IRenderedComponent<ModerateThreadForm> form) =>
        form.FindAll("button[name='Moderation.Action']").Select(button => (button.TextContent, button.GetAttribute("value")));

    [Fact]
    public void An_open_unpinned_thread_can_be_pinned_or_locked_with_a_reason()
    {
        var form = RenderForm();

        Assert.Equal([("Pin to the top", "Pin"), ("Lock", "Lock")], Buttons(form));
        Assert.NotNull(form.Find("#lock-reason"));
        Assert.False(form.Find("details").HasAttribute("open"));
    }

    [Fact]
    public void A_pinned_locked_thread_can_be_unpinned_or_unlocked_and_asks_no_reason()
    {
        var form = RenderForm(pinned: true, locked: true);

        Assert.Equal([("Unpin", "Unpin"), ("Unlock", "Unlock")], Buttons(form));
        Assert.Empty(form.FindAll("#lock-reason"));
    }

    [Fact]
    public void Locking_without_a_reason_is_refused_beside_the_reason_and_nothing_is_sent()
    {
        Post("moderate-thread", ("Moderation.Action", "Lock"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Say why: members see the reason.", form.Find("#lock-reason-error").TextContent);
        Assert.True(form.Find("details").HasAttribute("open"));
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_reason_too_long_is_refused_and_the_typed_reason_is_kept()
    {
        var reason = new string('x', 501);
        Post("moderate-thread", ("Moderation.Action", "Lock"));
        var form = RenderForm();

        form.Find("#lock-reason").Change(reason);
        form.Find("form").Submit();

        Assert.Equal("Keep the reason to 500 characters.", form.Find("#lock-reason-error").TextContent);
        Assert.Equal(reason, form.Find("#lock-reason").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }

    [Fact]
    public void A_lock_refused_by_a_rule_keeps_the_reason_and_says_why()
    {
        Sent.Refuse<ModerateThread>(new RuleViolation("This thread was moved; reload it.", nameof(ModerateThread.Reason)));
        Post("moderate-thread", ("Moderation.Action", "Lock"), ("Moderation.Reason", "Off topic"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("This thread was moved; reload it.", form.Find("#lock-reason-error").TextContent);
        Assert.Equal("Off topic", form.Find("#lock-reason").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Locking_sends_the_lock_with_its_reason_and_goes_back_to_the_thread()
    {
        Post("moderate-thread", ("Moderation.Action", "Lock"));
        var form = RenderForm();

        form.Find("#lock-reason").Change("Off topic: see the rules");
        form.Find("form").Submit();

        Assert.Equal(new ModerateThread("mba-2026", 7, ModerationAction.Lock, "Off topic: see the rules"), Sent.Single<ModerateThread>());
        Assert.Equal("/cohorts/mba-2026/discussions/7", NavigatedTo);
    }

    [Theory]
    [InlineData("Pin", ModerationAction.Pin)]
    [InlineData("Unpin", ModerationAction.Unpin)]
    [InlineData("Unlock", ModerationAction.Unlock)]
    public void The_pressed_button_is_the_action_sent(string button, ModerationAction action)
    {
        Post("moderate-thread", ("Moderation.Action", button));
        var form = RenderForm(pinned: action == ModerationAction.Unpin, locked: action == ModerationAction.Unlock);

        form.Find("form").Submit();

        Assert.Equal(new ModerateThread("mba-2026", 7, action, null), Sent.Single<ModerateThread>());
        Assert.Equal("/cohorts/mba-2026/discussions/7", NavigatedTo);
    }

    [Fact]
    public void A_refusal_for_the_whole_form_is_shown_above_it()
    {
        Sent.Refuse<ModerateThread>(new RuleViolation("Only the cohort's instructors moderate."));
        Post("moderate-thread", ("Moderation.Action", "Pin"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal("Only the cohort's instructors moderate.", form.Find(".form-errors").TextContent.Trim());
        Assert.Null(NavigatedTo);
    }
}
