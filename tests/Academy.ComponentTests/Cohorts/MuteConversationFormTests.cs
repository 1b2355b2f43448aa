using Academy.Cohorts.Messages;
using Academy.ComponentTests.Infrastructure;

namespace Academy.ComponentTests.Cohorts;

public sealed class MuteConversationFormTests : ComponentTest
{
    private static readonly Guid Conversation = Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d");

    private IRenderedComponent<MuteConversationForm> RenderForm(bool muted) =>
        Render<MuteConversationForm>(parameters => parameters.Add(p => p.ConversationId, Conversation).Add(p => p.Muted, muted));

    [Fact]
    public void A_conversation_that_is_not_muted_offers_to_mute_and_muting_sends_it()
    {
        var rendered = RenderForm(muted: false);

        Assert.Equal("Mute this conversation", rendered.Find("button").TextContent);
        rendered.Find("form").Submit();

        Assert.Equal(new MuteConversation(Conversation, Mute: true), Sent.Single<MuteConversation>());
        Assert.Equal($"/messages/{Conversation}", NavigatedTo);
    }

    [Fact]
    public void A_muted_conversation_offers_to_unmute_and_unmuting_sends_it()
    {
        var rendered = RenderForm(muted: true);

        Assert.Equal("Unmute this conversation", rendered.Find("button").TextContent);
        rendered.Find("form").Submit();

        Assert.Equal(new MuteConversation(Conversation, Mute: false), Sent.Single<MuteConversation>());
    }
}
