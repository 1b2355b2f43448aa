using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A page's live feed read as a browser's EventSource and the page's script read it: over a real socket, each item of
/// the event type the page listens to once (by its key), and when the server ends the stream, connected again with the
/// last event id it saw, so it receives what it missed.
/// </summary>
public sealed class LiveEventStream<TEvent> : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<TEvent> events = Channel.CreateUnbounded<TEvent>();
    private readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private readonly HashSet<int> seen = [];
    private readonly List<TEvent> received = [];
    private readonly string eventType;
    private readonly Func<TEvent, int> keyOf;
    private readonly Func<TEvent, string> htmlOf;
    private readonly Task reading;
    private int connections;

    /// <param name="eventsUrl">The feed's address, with the number to start after.</param>
    /// <param name="eventType">The events the page listens to ("post", "message"); the others ("connected", "ping") are passed over.</param>
    public LiveEventStream(HttpClient http, string eventsUrl, string eventType, Func<TEvent, int> keyOf, Func<TEvent, string> htmlOf)
    {
        this.eventType = eventType;
        this.keyOf = keyOf;
        this.htmlOf = htmlOf;
        reading = ReadAsync(http, eventsUrl);
    }

    /// <summary>How many times the stream was opened (1 until the server ends it).</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Every item received so far.</summary>
    public IReadOnlyList<TEvent> Received
    {
        get
        {
            lock (received)
            {
                return received.ToList();
            }
        }
    }

    /// <summary>Waits until the server has said the stream is open (its "connected" event).</summary>
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

    /// <summary>Waits, for at most <paramref name="timeout"/>, until an item whose markup contains <paramref name="text"/> arrives; those before it are passed over.</summary>
    public async Task<TEvent> NextWithAsync(string text, TimeSpan timeout)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        waiting.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var item = await events.Reader.ReadAsync(waiting.Token);
                if (htmlOf(item).Contains(text, StringComparison.Ordinal))
                {
                    return item;
                }
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            throw new TimeoutException($"No {eventType} with “{text}” arrived on the live feed within {timeout.TotalSeconds} s"
                + (reading.IsFaulted ? $": {reading.Exception!.InnerException!.Message}" : "."));
        }
    }

    private async Task ReadAsync(HttpClient http, string eventsUrl)
    {
        string? lastEventId = null;
        while (!stop.IsCancellationRequested)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, eventsUrl);
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

                    if (item.EventType != eventType)
                    {
                        continue;
                    }

                    var live = JsonSerializer.Deserialize<TEvent>(item.Data, Json)!;
                    if (seen.Add(keyOf(live))) // a page shows an item once, as its script does
                    {
                        lock (received)
                        {
                            received.Add(live);
                        }

                        await events.Writer.WriteAsync(live, stop.Token);
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
