using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A conversation page's live feed read as conversation-live.js reads it: every "message" event it receives (each number
/// once), and, when the server ends the stream, connected again with the last event id it saw.
/// </summary>
public sealed class LiveConversationStream : IAsyncDisposable
{
    private readonly Channel<LiveMessageEvent> messages = Channel.CreateUnbounded<LiveMessageEvent>();
    private readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private readonly HashSet<int> seen = [];
    private readonly List<LiveMessageEvent> received = [];
    private readonly Task reading;
    private int connections;

    private LiveConversationStream(HttpClient http, string conversationPath, int after) => reading = ReadAsync(http, conversationPath, after);

    /// <summary>How many times the stream was opened (1 until the server ends it).</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<LiveMessageEvent> Received
    {
        get
        {
            lock (received)
            {
                return received.ToList();
            }
        }
    }

    public static LiveConversationStream Open(AcademyClient client, string conversationPath, int after = 0) => new(client.Http, conversationPath, after);

    /// <summary>Waits until the server has said the stream is open (from then on its reader counts as reading the conversation).</summary>
    public async Task ConnectedAsync(TimeSpan timeout)
    {
        try
        {
            await connected.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The live feed did not open within {timeout.TotalSeconds} s"
                + (reading.IsFaulted ? $": {reading.Exception!.InnerException!.Message}" : "."));
        }
    }

    /// <summary>Waits, for at most <paramref name="timeout"/>, until a message whose markup contains <paramref name="text"/> arrives; those before it are passed over.</summary>
    public async Task<LiveMessageEvent> NextWithAsync(string text, TimeSpan timeout)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        waiting.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var message = await messages.Reader.ReadAsync(waiting.Token);
                if (message.Html.Contains(text, StringComparison.Ordinal))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            throw new TimeoutException($"No message with “{text}” arrived on the live feed within {timeout.TotalSeconds} s"
                + (reading.IsFaulted ? $": {reading.Exception!.InnerException!.Message}" : "."));
        }
    }

    private async Task ReadAsync(HttpClient http, string conversationPath, int after)
    {
        string? lastEventId = null;
        while (!stop.IsCancellationRequested)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{conversationPath}/events?after={after}");
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
                    if (item.EventType == "connected")
                    {
                        connected.TrySetResult();
                    }

                    if (item.EventType != "message")
                    {
                        continue; // "connected", "ping": the page listens to messages only
                    }

                    var message = JsonSerializer.Deserialize<LiveMessageEvent>(item.Data, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
                    if (seen.Add(message.Number)) // a page shows a message once, as conversation-live.js does
                    {
                        lock (received)
                        {
                            received.Add(message);
                        }

                        await messages.Writer.WriteAsync(message, stop.Token);
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

public sealed record LiveMessageEvent(int Number, string AuthorName, bool IsOwn, string Html);
