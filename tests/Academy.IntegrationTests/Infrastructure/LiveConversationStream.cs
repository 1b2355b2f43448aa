namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A conversation page's live feed, as conversation-live.js reads it: its "message" events. Once it is connected, its
/// reader counts as reading the conversation.
/// </summary>
public static class LiveConversationStream
{
    public static LiveEventStream<LiveMessageEvent> Open(AcademyClient client, string conversationPath, int after = 0) =>
        new(client.Http, $"{conversationPath}/events?after={after}", "message", message => message.Number, message => message.Html);
}

public sealed record LiveMessageEvent(int Number, string AuthorName, bool IsOwn, string Html);
