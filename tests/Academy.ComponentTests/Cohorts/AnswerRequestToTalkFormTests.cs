using Academy.Cohorts.Messages;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;
using AngleSharp.Dom;

namespace Academy.ComponentTests.Cohorts;

public sealed class AnswerRequestToTalkFormTests : ComponentTest
{
    private static readonly Guid Conversation = Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c");

    private static IElement FormWithButton(IRenderedComponent<AnswerRequestToTalkForm> rendered, string button) =>
        rendered.FindAll("form").Single(form => form.QuerySelector("button")!.TextContent == button);

    private IRenderedComponent<AnswerRequestToTalkForm> RenderForm() =>
        Render<AnswerRequestToTalkForm>(parameters => parameters.Add(p => p.ConversationId, Conversation));

    [Fact]
    public void Accepting_sends_an_acceptance_and_opens_the_conversation_at_its_composer()
    {
        var rendered = RenderForm();

        FormWithButton(rendered, "Accept").Submit();

        Assert.Equal(new AnswerRequestToTalk(Conversation, Accept: true), Sent.Single<AnswerRequestToTalk>());
        Assert.Equal($"/messages/{Conversation}#write", NavigatedTo);
    }

    [Fact]
    public void Ignoring_sends_a_refusal_and_returns_to_the_messages()
    {
        var rendered = RenderForm();

        FormWithButton(rendered, "Ignore").Submit();

        Assert.Equal(new AnswerRequestToTalk(Conversation, Accept: false), Sent.Single<AnswerRequestToTalk>());
        Assert.Equal("/messages", NavigatedTo);
    }

    [Fact]
    public async Task A_request_that_no_longer_waits_is_not_found_rather_than_answered_with_a_redirect()
    {
        Sent.Refuse<AnswerRequestToTalk>(new NotFoundException("No such request waits."));
        var rendered = RenderForm();

        await Assert.ThrowsAsync<NotFoundException>(() => FormWithButton(rendered, "Accept").SubmitAsync());

        Assert.Null(NavigatedTo);
    }
}
