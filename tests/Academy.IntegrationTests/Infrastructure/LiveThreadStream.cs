using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A thread page's live feed read as a browser's EventSource reads it: over a real socket, and when the server
/// ends the stream, connected again with the last event id it saw, so it receives what it missed.
/// </summary>
public sealed class LiveThreadStream : IAsyncDisposable
{
    private readonly Channel<LivePostEvent> posts = Channel.CreateUnbounded<LivePostEvent>();
    private readonly CancellationTokenSource stop = new();
    private readonly HashSet<int> seen = [];
    private readonly Task reading;
    private int connections;

    private LiveThreadStream(HttpClient http, string threadUrl, int after) => reading = ReadAsync(http, threadUrl, after);

    /// <summary>How many times the stream was opened (1 until the server ends it).</summary>
    public int Connections => Volatile.Read(ref connections);

    public static LiveThreadStream Open(AcademyClient client, string threadUrl, int after = 0) => new(client.Http, threadUrl, after);

    /// <summary>Waits, for at most <paramref name="timeout"/>, until a post whose text contains <paramref name="text"/> arrives; posts before it are passed over.</summary>
    public async Task<LivePostEvent> NextWithAsync(string text, TimeSpan timeout)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        waiting.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var post = await posts.Reader.ReadAsync(waiting.Token);
                if (post.Html.Contains(text, StringComparison.Ordinal))
                {
                    return post;
                }
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            throw new TimeoutException($"No post with “{text}” arrived on the live stream within {timeout.TotalSeconds} s"
                + (reading.IsFaulted ? $": {reading.Exception!.InnerException!.Message}" : "."));
        }
    }

    private async Task ReadAsync(HttpClient http, string threadUrl, int after)
    {
        string? lastEventId = null;
        while (!stop.IsCancellationRequested)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{threadUrl}/events?after={after}");
            if (lastEventId is not null)
            {
                request.Headers.Add("Last-Event-ID", lastEventId);
            }

            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
                response.EnsureSuccessStatusCode();
                Interlocked.Increment(ref connections);
                await using var body = await response.Content.ReadAsStreamAsync(stop.Token);
                await foreach (var item in SseParser.Create(body).EnumerateAsync(stop.Token))
                {
                    lastEventId = item.EventId ?? lastEventId;
                    if (item.EventType != "post")
                    {
                        continue; // "connected", and anything else a page does not listen to
                    }

                    var post = JsonSerializer.Deserialize<LivePostEvent>(item.Data, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
                    if (seen.Add(post.Sequence)) // a page shows a post once, as thread-live.js does
                    {
                        await posts.Writer.WriteAsync(post, stop.Token);
                    }
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException && !stop.IsCancellationRequested)
            {
                // The connection broke: a browser tries again after a moment.
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }
}

public sealed record LivePostEvent(int Sequence, int? ParentSequence, string AuthorName, string Html, DateTimeOffset CreatedAt);
