using Academy.Cohorts.Messages;
using Academy.ComponentTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Cohorts;

public sealed class DeleteMessageFormTests : ComponentTest
{
    private static readonly Guid Conversation = Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5e");

    private IRenderedComponent<DeleteMessageForm> RenderForm() =>
        Render<DeleteMessageForm>(parameters => parameters.Add(p => p.ConversationId, Conversation).Add(p => p.Number, 3));

    [Fact]
    public void Deleting_asks_once_more_then_sends_that_message_and_shows_its_place_in_the_conversation()
    {
        var rendered = RenderForm();

        Assert.Equal("Delete", rendered.Find("details summary").TextContent);
        Assert.Equal("Delete this message for everyone", rendered.Find("details form button").TextContent);
        rendered.Find("form").Submit();

        Assert.Equal(new DeleteMessage(Conversation, 3), Sent.Single<DeleteMessage>());
        Assert.Equal($"/messages/{Conversation}#message-3", NavigatedTo);
    }

    [Fact]
    public async Task Someone_elses_message_is_not_found_rather_than_deleted()
    {
        Sent.Refuse<DeleteMessage>(new NotFoundException("Not yours."));
        var rendered = RenderForm();

        await Assert.ThrowsAsync<NotFoundException>(() => rendered.Find("form").SubmitAsync());

        Assert.Null(NavigatedTo);
    }
}
