using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Academy.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Academy.IntegrationTests.Discussions;

/// <summary>
/// The database goes away while a cohort is writing: fifty learners reply to one thread and autosave their
/// reflections while the PostgreSQL server is restarted and then killed outright. A learner whose reply got no answer sends the same
/// form again (same key), as the browser would on a second click. Afterwards every reply the app acknowledged
/// is there exactly once, every learner's last acknowledged draft is theirs, the app answers again within ten seconds of the server's return, and no error page
/// shows anything of the app's insides.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    private const int Learners = 50;
    private const int RepliesEach = 6; // under the limit of ten posts a minute per person
    private const string Editor = "/cohorts/mba-2026/reflections/my-reasons";

    [Fact]
    public async Task Every_acknowledged_reply_is_stored_exactly_once_through_a_restart_and_a_crash_of_the_database()
    {
        using var postgres = ThrowawayPostgres.Start();
        await using (var server = new NpgsqlConnection(postgres.ConnectionString("postgres")))
        {
            await server.OpenAsync();
            await new NpgsqlCommand("CREATE DATABASE academy", server).ExecuteNonQueryAsync();
        }

        using var app = new AppProcess("Postgres", postgres.ConnectionString("academy"));
        await app.StartAsync();

        // Fifty learners with accounts, enrolled by the instructor from a CSV, and a thread to reply to.
        var learners = new List<AcademyClient>();
        var csv = new StringBuilder("email,name\n");
        for (var index = 0; index < Learners; index++)
        {
            var client = app.CreateClient();
            var email = $"fault-{index:00}-{Guid.NewGuid():N}@example.com";
            var registered = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
            {
                ["Input.DisplayName"] = $"Learner {index:00}", ["Input.Email"] = email, ["Input.Password"] = "correct horse battery staple",
            });
            Assert.Equal(HttpStatusCode.Redirect, registered.Status);
            csv.Append(email).Append(",Learner ").Append(index.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            learners.Add(client);
        }

        using var instructor = app.CreateClient();
        await instructor.SignInAsync("instructor@academy.test");
        var management = await instructor.GetAsync("/teach/cohorts/mba-2026");
        await instructor.UploadAsync(management, "enrol", "CsvFile", Encoding.UTF8.GetBytes(csv.ToString()), "learners.csv", "text/csv");
        var started = await instructor.SubmitAsync("/cohorts/mba-2026/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Live session: questions", ["Input.Body"] = "Ask away." });
        var threadUrl = started.RedirectedTo!;

        var acknowledged = new ConcurrentBag<Guid>();
        var lastDraft = new ConcurrentDictionary<int, string>();
        var errorPages = new ConcurrentBag<string>();
        var failedAttempts = 0;

        // Sends the same request until the app acknowledges it, as a learner clicking again would; what came back
        // instead is kept, to be checked for anything of the app's insides.
        async Task UntilAcknowledgedAsync(string who, Func<Task<HttpResponseMessage>> send, Func<HttpResponseMessage, Task<bool>> acknowledges)
        {
            var trying = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    using var response = await send();
                    if (await acknowledges(response))
                    {
                        return;
                    }

                    errorPages.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    // no answer at all: send it again
                }

                Interlocked.Increment(ref failedAttempts);
                Assert.True(trying.Elapsed < TimeSpan.FromSeconds(90), $"{who} got no acknowledgement for 90 s.");
                await Task.Delay(500);
            }
        }

        var writing = learners.Select((client, index) => Task.Run(async () =>
        {
            var page = await client.GetAsync(threadUrl);
            var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var editor = await client.GetAsync(Editor);
            var version = int.Parse(editor.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
            for (var reply = 0; reply < RepliesEach; reply++)
            {
                var key = Guid.NewGuid();
                var fields = new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["_handler"] = "reply", ["Input.IdempotencyKey"] = key.ToString(),
                    ["Input.Body"] = $"Learner {index:00}, question {reply}.",
                };
                await UntilAcknowledgedAsync($"Learner {index}'s reply", () => client.Http.PostAsync(threadUrl, new FormUrlEncodedContent(fields)),
                    response => Task.FromResult(response.StatusCode == HttpStatusCode.Redirect));
                acknowledged.Add(key);

                // Between replies, the learner's reflection autosaves; an unanswered save is sent again with the same
                // version, and a 409 that holds this very text means the first one had been stored.
                var draft = $"Learner {index:00}, draft {reply}.";
                await UntilAcknowledgedAsync($"Learner {index}'s autosave",
                    () => client.Http.PostAsync(Editor + "/draft", new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = token, ["body"] = draft, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    })),
                    async response =>
                    {
                        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Conflict))
                        {
                            return false;
                        }

                        var saved = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                        Assert.True(response.StatusCode == HttpStatusCode.OK || saved.GetProperty("body").GetString() == draft,
                            $"Learner {index}'s autosave met another text.");
                        version = saved.GetProperty("version").GetInt32();
                        return true;
                    });
                lastDraft[index] = draft;
                await Task.Delay(200);
            }
        })).ToList();

        // While they write: a clean restart, then a crash.
        await Task.Delay(1500);
        postgres.RestartFast();
        await Task.Delay(2500);
        postgres.Kill();
        await Task.Delay(1000);
        postgres.StartServer();
        var back = Stopwatch.StartNew();
        using (var probe = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(10) })
        {
            while (!(await probe.GetAsync("/health")).IsSuccessStatusCode)
            {
                Assert.True(back.Elapsed < TimeSpan.FromSeconds(10), "The app did not answer /health within 10 s of the database's return.");
                await Task.Delay(100);
            }
        }

        var answeredAfter = back.Elapsed;
        await Task.WhenAll(writing);

        await using var database = new NpgsqlConnection(postgres.ConnectionString("academy"));
        await database.OpenAsync();
        var counts = new Dictionary<Guid, long>(); // the replies' keys (the instructor's opening post has one too)
        await using (var reader = await new NpgsqlCommand(
                         "SELECT \"IdempotencyKey\", count(*) FROM discussions.discussions_posts WHERE \"IdempotencyKey\" IS NOT NULL AND \"Sequence\" > 1 GROUP BY \"IdempotencyKey\"", database)
                     .ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                counts[reader.GetGuid(0)] = reader.GetInt64(1);
            }
        }

        output.WriteLine($"{acknowledged.Count} replies acknowledged, {failedAttempts} attempts answered with an error or not at all, " +
            $"{errorPages.Count} error pages, app answering {answeredAfter.TotalSeconds:0.0} s after the database returned.");
        Assert.Equal(Learners * RepliesEach, acknowledged.Count);
        foreach (var (client, index) in learners.Select((client, index) => (client, index)))
        {
            Assert.Equal(lastDraft[index], (await client.GetAsync(Editor)).Document.QuerySelector("#reflection-body")!.TextContent);
        }

        Assert.All(acknowledged, key => Assert.Equal(1, counts.GetValueOrDefault(key)));
        Assert.Equal(acknowledged.Count, counts.Count);
        Assert.All(errorPages, page =>
        {
            Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", page, StringComparison.Ordinal);
        });
    }
}
