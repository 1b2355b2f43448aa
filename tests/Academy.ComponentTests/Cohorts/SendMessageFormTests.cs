using Academy.Cohorts.Messages;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class SendMessageFormTests : ComponentTest
{
    private static readonly Guid ConversationId = Guid.Parse("01a23c03-9b44-72b3-8add-c8dc636a0bbc");

    private IRenderedComponent<SendMessageForm> RenderForm(string? draft = null) => Render<SendMessageForm>(parameters => parameters
        .Add(p => p.ConversationId, ConversationId).Add(p => p.ViewerId, "u-aino").Add(p => p.Draft, draft));

    [Fact]
    public void The_unsent_draft_fills_the_composer_and_says_so_and_the_form_names_its_autosave_address_and_words()
    {
        var form = RenderForm("Half a thought.");

        Assert.Equal("Half a thought.", form.Find("#message-body").GetAttribute("value"));
        Assert.Equal("Your unsent message was restored.", form.Find("[data-draft-status]").TextContent);
        var element = form.Find("form");
        Assert.Equal($"/messages/{ConversationId}/draft", element.GetAttribute("data-message-draft"));
        Assert.Equal("u-aino", element.GetAttribute("data-user"));
        Assert.Equal("Draft saved {0}", element.GetAttribute("data-text-saved"));
    }

    [Fact]
    public void Without_a_draft_the_composer_is_empty_and_says_nothing()
    {
        var form = RenderForm();

        Assert.Equal(string.Empty, form.Find("#message-body").GetAttribute("value") ?? string.Empty);
        Assert.Equal(string.Empty, form.Find("[data-draft-status]").TextContent);
    }

    [Fact]
    public void Sending_sends_the_typed_message_and_goes_to_it()
    {
        Sent.Answer<SendMessage>(_ => 7);
        var form = RenderForm("Half a thought.");

        form.Find("#message-body").Change("A whole thought.");
        form.Find("form").Submit();

        Assert.Equal(new SendMessage(ConversationId, "A whole thought."), Sent.Single<SendMessage>());
        Assert.Equal($"/messages/{ConversationId}#message-7", NavigatedTo);
    }

    [Fact]
    public void An_empty_message_is_refused_beside_the_field_and_nothing_is_sent()
    {
        var form = RenderForm();

        form.Find("#message-body").Change("   ");
        form.Find("form").Submit();

        Assert.Equal("Write a message first.", form.Find("#message-body-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_posted_message_refused_by_a_rule_keeps_the_typed_text_over_the_draft()
    {
        Sent.Refuse<SendMessage>(new RuleViolation("Your message request to Sofia is waiting for their answer.", nameof(SendMessage.Body)));
        Post("message", ("Input.Body", "Typed, not the draft."));
        var form = RenderForm("The saved draft.");
        AssertPostedFrom(form.Find("form"));

        form.Find("form").Submit();

        Assert.Equal("Your message request to Sofia is waiting for their answer.", form.Find("#message-body-error").TextContent);
        Assert.Equal("Typed, not the draft.", form.Find("#message-body").GetAttribute("value"));
        Assert.Equal(string.Empty, form.Find("[data-draft-status]").TextContent);
    }

    [Fact]
    public void A_message_over_ten_thousand_characters_is_refused_and_kept_as_typed()
    {
        var typed = new string('m', 10_001);
        var form = RenderForm();

        form.Find("#message-body").Change(typed);
        form.Find("form").Submit();

        Assert.Equal("A message can have at most 10,000 characters. Split a long text into several messages.", form.Find("#message-body-error").TextContent);
        Assert.Equal(typed, form.Find("#message-body").GetAttribute("value"));
        Assert.Empty(Sent.All);
    }
}
