using Academy.Cohorts.Messages;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class SendMessageFormTests : ComponentTest
{
    private static readonly Guid Conversation = Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    private IRenderedComponent<SendMessageForm> RenderForm() => Render<SendMessageForm>(parameters => parameters.Add(p => p.ConversationId, Conversation));

    [Fact]
    public void An_empty_message_is_refused_beside_the_field_and_nothing_is_sent()
    {
        var form = RenderForm();

        form.Find("#message-body").Change("  ");
        form.Find("form").Submit();

        Assert.Equal("Write a message first.", form.Find("#message-body-error").TextContent);
        Assert.Empty(Sent.All);
        Assert.Null(NavigatedTo);
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

    [Fact]
    public void A_message_refused_by_a_rule_says_why_beside_the_field_and_keeps_the_text()
    {
        Sent.Refuse<SendMessage>(new RuleViolation("Your message request to Sofia Lindqvist is waiting for their answer. You can write more once they accept it.",
            nameof(SendMessage.Body)));
        var form = RenderForm();

        form.Find("#message-body").Change("Hello again?");
        form.Find("form").Submit();

        Assert.Contains("is waiting for their answer", form.Find("#message-body-error").TextContent);
        Assert.Equal("Hello again?", form.Find("#message-body").GetAttribute("value"));
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void Sending_sends_the_conversation_and_the_text_and_shows_the_new_message()
    {
        Sent.Answer<SendMessage>(_ => 7);
        var form = RenderForm();

        form.Find("#message-body").Change("See you on Thursday.");
        form.Find("form").Submit();

        Assert.Equal(new SendMessage(Conversation, "See you on Thursday."), Sent.Single<SendMessage>());
        Assert.Equal($"/messages/{Conversation}#message-7", NavigatedTo);
    }
}
