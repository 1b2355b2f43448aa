using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Accounts;

/// <summary>
/// The thread pool's queue as an overload signal, in an app process of its own (in the test run's process every app shares
/// one pool). On SQLite a request holds its thread from start to end, so a burst far beyond what the app can answer waits
/// in the pool's queue, ahead of the concurrency limit. Here the limit is set out of reach, so only the backlog can refuse.
/// </summary>
public sealed class ThreadPoolBacklogTests
{
    private const int Burst = 1000;

    [Fact]
    public async Task A_burst_that_keeps_the_thread_pool_s_queue_slow_is_partly_turned_away_with_503_and_retry_after_and_the_app_answers_again_after()
    {
        using var app = AppProcess.OnSqlite()
            .With("Security__ConcurrencyLimit__Requests", "10000")
            .With("Security__ConcurrencyLimit__Queue", "10000")
            .With("Security__ConcurrencyLimit__QueueTimeoutMilliseconds", "0")
            .With("Security__ConcurrencyLimit__BacklogTargetMilliseconds", "50")
            .With("Security__ConcurrencyLimit__BacklogIntervalMilliseconds", "200")
            .With("Security__ConcurrencyLimit__BacklogPendingWorkPerCore", "1");
        await app.StartAsync();
        using var client = app.CreateClient();
        const string course = "/courses/social-media-for-leaders";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(course)).Status);

        using var burst = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(async _ =>
        {
            using var response = await burst.GetAsync(course);
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta);
        }));

        var refused = answers.Where(answer => answer.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.All(answers, answer => Assert.Contains(answer.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.NotEmpty(refused);
        Assert.Contains(answers, answer => answer.StatusCode == HttpStatusCode.OK);
        Assert.All(refused, answer => Assert.True(answer.RetryAfter >= TimeSpan.FromSeconds(1)));

        // Once the queue is quick again, a lone reader is served.
        var served = false;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!served && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            served = (await client.GetAsync(course)).Status == HttpStatusCode.OK;
        }

        Assert.True(served, "After the burst the app kept turning a lone reader away for 30 s.");
    }
}
