namespace Academy.IntegrationTests.Infrastructure;

/// <summary>A thread page's live feed, as thread-live.js reads it: its "post" events.</summary>
public static class LiveThreadStream
{
    public static LiveEventStream<LivePostEvent> Open(AcademyClient client, string threadUrl, int after = 0) =>
        new(client.Http, $"{threadUrl}/events?after={after}", "post", post => post.Sequence, post => post.Html);
}

public sealed record LivePostEvent(int Sequence, int? ParentSequence, string AuthorName, string Html, DateTimeOffset CreatedAt);
