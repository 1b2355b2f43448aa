using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cluster;

/// <summary>
/// Redis is killed and started again under a cluster with a thread page open: nothing written is refused or
/// lost, the page catches up on what it missed from the database, and live events flow again.
/// </summary>
public abstract class RedisRestartTests(string provider)
{
    private static readonly TimeSpan Generously = TimeSpan.FromSeconds(60);

    private sealed class ClusterOnItsOwnRedis(string provider, ThrowawayRedis redis) : AcademyCluster(provider, redis.Address);

    [Fact]
    public async Task After_a_redis_restart_live_events_resume_and_what_was_written_meanwhile_is_stored_and_reaches_open_pages()
    {
        using var redis = ThrowawayRedis.Start();
        using var cluster = new ClusterOnItsOwnRedis(provider, redis);
        var writer = await cluster.NewLearnerAsync("Aino Example");
        var reader = await cluster.NewLearnerAsync("Mikko Example");
        var slug = await cluster.A.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(writer.UserId, CohortRole.Learner), (reader.UserId, CohortRole.Learner)]);
        var started = await writer.OnA.SubmitAsync($"/cohorts/{slug}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Through a restart", ["Input.Body"] = "Opening post." });
        var threadUrl = started.RedirectedTo!.Split('?')[0];
        await using var stream = LiveThreadStream.Open(reader.OnB, threadUrl);
        await stream.NextWithAsync("Opening post.", Generously);
        await ReplyAsync(writer.OnA, threadUrl, "Before the restart.");
        await stream.NextWithAsync("Before the restart.", Generously);

        redis.Kill();
        await ReplyAsync(writer.OnA, threadUrl, "While Redis is away.");
        // A later post through the page's own instance reaches it at once, though the one before it has not.
        await ReplyAsync(writer.OnB, threadUrl, "Through the page's instance meanwhile.");
        await stream.NextWithAsync("Through the page's instance meanwhile.", Generously);
        using (var signingIn = cluster.B.CreateSocketClient())
        {
            await signingIn.SignInAsync(await cluster.A.WithDbAsync(db => db.Users.Where(u => u.Id == reader.UserId).Select(u => u.Email!).SingleAsync()),
                "a long enough passphrase"); // the account limit counts on the instance meanwhile
        }

        redis.StartServer();

        // The page's stream is ended once Redis is back, and the page catches up from the database as it reconnects.
        var missed = await stream.NextWithAsync("While Redis is away.", Generously);
        Assert.True(stream.Connections >= 2, "The missed post should come from the database on a reconnect.");
        await EveryInstanceReadyAsync(cluster);
        await ReplyAsync(writer.OnA, threadUrl, "After the restart.");
        var after = await stream.NextWithAsync("After the restart.", Generously);

        Assert.Equal(missed.Sequence + 2, after.Sequence);
        var stored = await cluster.B.WithDbAsync(db => db.Posts.Where(p => db.Set<Academy.Discussions.Domain.DiscussionThread>().Any(t => t.Id == p.ThreadId && t.CohortSlug == slug && t.Title == "Through a restart")).OrderBy(p => p.Sequence)
            .Select(p => p.BodyMarkdown).ToListAsync());
        Assert.Equal(["Opening post.", "Before the restart.", "While Redis is away.", "Through the page's instance meanwhile.", "After the restart."], stored);
        Assert.Equal(stored.Count, stream.Received.Count);
    }

    [Fact]
    public async Task Instances_started_while_redis_is_away_serve_and_connect_when_it_comes()
    {
        using var redis = ThrowawayRedis.Start();
        redis.Kill();
        using var cluster = new ClusterOnItsOwnRedis(provider, redis);
        var writer = await cluster.NewLearnerAsync("Aino Example");
        var reader = await cluster.NewLearnerAsync("Mikko Example");
        var slug = await cluster.A.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(writer.UserId, CohortRole.Learner), (reader.UserId, CohortRole.Learner)]);
        var started = await writer.OnA.SubmitAsync($"/cohorts/{slug}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Late Redis", ["Input.Body"] = "Opening post." });
        var threadUrl = started.RedirectedTo!.Split('?')[0];
        using (var probe = cluster.A.CreateSocketClient())
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await probe.Http.GetAsync("/health")).StatusCode); // not ready without Redis
        }

        redis.StartServer();
        await EveryInstanceReadyAsync(cluster);
        await using var stream = LiveThreadStream.Open(reader.OnB, threadUrl);
        await stream.NextWithAsync("Opening post.", Generously);
        await ReplyAsync(writer.OnA, threadUrl, "Once Redis is there.");

        await stream.NextWithAsync("Once Redis is there.", Generously);
    }

    private static async Task ReplyAsync(AcademyClient client, string threadUrl, string body)
    {
        var replied = await client.SubmitAsync(threadUrl, "reply", new Dictionary<string, string> { ["Input.Body"] = body });
        Assert.True(replied.Status == HttpStatusCode.Redirect, $"{replied.Status}: {replied.Text("[role=alert], .field-error")}");
    }

    /// <summary>Both instances answer their health check, Redis included: their connections are back.</summary>
    private static async Task EveryInstanceReadyAsync(AcademyCluster cluster)
    {
        foreach (var instance in new[] { cluster.A, cluster.B })
        {
            using var probe = instance.CreateSocketClient();
            var waiting = System.Diagnostics.Stopwatch.StartNew();
            while ((await probe.Http.GetAsync("/health")).StatusCode != HttpStatusCode.OK)
            {
                Assert.True(waiting.Elapsed < Generously, $"{instance} is not ready again after Redis came back.");
                await Task.Delay(200);
            }
        }
    }
}

public sealed class SqliteRedisRestartTests() : RedisRestartTests("Sqlite");

public sealed class PostgresRedisRestartTests() : RedisRestartTests("Postgres");
