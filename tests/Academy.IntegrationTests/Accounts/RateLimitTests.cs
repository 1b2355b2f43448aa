using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Accounts;

/// <summary>An app whose account forms allow three posts a minute per address, to see the limit bite.</summary>
public sealed class StrictRateLimitApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:AccountRateLimit:PostsPerWindow"] = "3",
        ["Security:AccountRateLimit:WindowSeconds"] = "60",
    };
}

public sealed class RateLimitTests(StrictRateLimitApp app) : IClassFixture<StrictRateLimitApp>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_refused_while_pages_still_load()
    {
        using var client = app.CreateAcademyClient();
        var statuses = new List<HttpStatusCode>();
        var signIn = await client.GetAsync("/Account/Login");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var result = await client.SubmitAsync(signIn, "sign-in",
                new Dictionary<string, string> { ["Input.Email"] = "learner5@academy.test", ["Input.Password"] = "wrong password here" });
            statuses.Add(result.Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SubmitAsync(signIn, "sign-in", new Dictionary<string, string>())).Status);
    }
}

/// <summary>An app that works on two requests at once and lets two wait (for as long as they like), to see an overload shed.</summary>
public sealed class TightConcurrencyApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:ConcurrencyLimit:Requests"] = "2",
        ["Security:ConcurrencyLimit:Queue"] = "2",
    };
}

/// <summary>An app that works on one request at once and lets a request wait for a place 300 ms at most.</summary>
public sealed class ImpatientQueueApp : SqliteApp
{
    public const int QueueTimeoutMilliseconds = 300;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:ConcurrencyLimit:Requests"] = "1",
        ["Security:ConcurrencyLimit:Queue"] = "10",
        ["Security:ConcurrencyLimit:QueueTimeoutMilliseconds"] = $"{QueueTimeoutMilliseconds}",
    };
}

public sealed class QueueTimeoutTests(ImpatientQueueApp app) : IClassFixture<ImpatientQueueApp>
{
    [Fact]
    public async Task A_request_that_waits_longer_than_the_queue_timeout_for_a_place_is_turned_away_with_503_while_the_queue_has_room()
    {
        using var client = app.CreateAcademyClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/courses/social-media-for-leaders")).Status);

        // A form post whose body arrives slowly holds the one place; the queue behind it has room for ten.
        var release = new TaskCompletionSource();
        var holding = client.Http.PostAsync("/courses/social-media-for-leaders", new SlowBody(release.Task));
        await Task.Delay(500);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        using (var turnedAway = await client.Http.GetAsync("/courses/social-media-for-leaders"))
        {
            waited.Stop();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, turnedAway.StatusCode);
            Assert.True(turnedAway.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        }

        // The runtime's timers count whole ticks of the system clock (1 ms here, 15.6 ms on Windows), so the timeout can
        // fire up to a tick early by the stopwatch's finer clock. A request refused without waiting takes a few ms.
        const int TimerTickMilliseconds = 16;
        Assert.True(waited.ElapsedMilliseconds >= ImpatientQueueApp.QueueTimeoutMilliseconds - TimerTickMilliseconds,
            $"turned away after {waited.ElapsedMilliseconds} ms: it should have waited its turn for {ImpatientQueueApp.QueueTimeoutMilliseconds} ms first");

        // A request that finds the place taken but freed within the timeout is served.
        var served = client.Http.GetAsync("/courses/social-media-for-leaders");
        await Task.Delay(50);
        release.SetResult();
        using (var response = await served)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var held = await holding;
        Assert.NotEqual(HttpStatusCode.InternalServerError, held.StatusCode);
    }
}

public sealed class LoadSheddingTests(TightConcurrencyApp app) : IClassFixture<TightConcurrencyApp>
{
    [Fact]
    public async Task More_requests_at_once_than_the_app_takes_are_turned_away_with_503_and_retry_after_never_500()
    {
        using var client = app.CreateAcademyClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/courses/social-media-for-leaders")).Status);

        // Four form posts whose bodies arrive slowly hold the two places and the two queue slots for as long as we like.
        var release = new TaskCompletionSource();
        var slow = Enumerable.Range(0, 4).Select(_ => client.Http.PostAsync("/courses/social-media-for-leaders", new SlowBody(release.Task))).ToList();
        await Task.Delay(500);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await client.Http.GetAsync("/courses/social-media-for-leaders");
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta);
        }));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode));
        Assert.All(answers, answer => Assert.True(answer.RetryAfter >= TimeSpan.FromSeconds(1)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).Status); // not counted: it must answer when the app is busiest
        using (var icon = await client.Http.GetAsync("/favicon.svg")) // nor a static file, which a browser asks for several at once
        {
            Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        }

        release.SetResult();
        foreach (var post in slow)
        {
            using var response = await post;
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/courses/social-media-for-leaders")).Status);
    }
}

/// <summary>A form body that sends its first bytes at once and the rest only when released.</summary>
internal sealed class SlowBody : HttpContent
{
    private readonly Task released;

    public SlowBody(Task released)
    {
        this.released = released;
        Headers.ContentType = new("application/x-www-form-urlencoded");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        await stream.WriteAsync("a=1"u8.ToArray());
        await stream.FlushAsync();
        await released;
        await stream.WriteAsync("&b=2"u8.ToArray());
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
