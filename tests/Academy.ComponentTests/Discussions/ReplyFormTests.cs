using Academy.ComponentTests.Infrastructure;
using Academy.Discussions.Threads.PostReply;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Discussions;

public sealed class ReplyFormTests : ComponentTest
{
    [Fact]
    public void An_empty_reply_is_refused_beside_the_body_and_nothing_is_sent()
    {
        var form = Render<ReplyForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7));

        form.Find("form").Submit();

        Assert.Equal("Write something first.", form.Find("#reply-body-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_reply_refused_by_a_rule_keeps_the_typed_text_and_says_why()
    {
        Sent.Refuse<PostReply>(new RuleViolation("This thread is locked.", nameof(PostReply.Body)));
        var refused = 0;
        var form = Render<ReplyForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7)
            .Add(p => p.OnRefused, () => refused++));

        form.Find("#reply-body").Change("My point stands.");
        form.Find("form").Submit();

        Assert.Equal("This thread is locked.", form.Find("#reply-body-error").TextContent);
        Assert.Equal("My point stands.", form.Find("#reply-body").GetAttribute("value"));
        Assert.Equal(1, refused);
    }

    [Fact]
    public void A_reply_sends_the_body_and_its_parent_and_goes_to_the_new_post()
    {
        Sent.Answer<PostReply>(_ => 12);
        var form = Render<ReplyForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7).Add(p => p.ReplyTo, 3));

        form.Find("#reply-body").Change("Agreed: the radar matters.");
        form.Find("form").Submit();

        var sent = Sent.Single<PostReply>();
        Assert.Equal(("mba-2026", 7, "Agreed: the radar matters.", (int?)3), (sent.CohortSlug, sent.ThreadNumber, sent.Body, sent.ParentSequence));
        Assert.NotNull(sent.IdempotencyKey);
        Assert.Equal("/cohorts/mba-2026/discussions/7?at=12#post-12", NavigatedTo);
    }
}
