using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A cohort at work while something fails underneath: many learners reply to one thread and autosave their
/// reflections. A learner whose write got no answer sends the same form again (same idempotency key, same draft
/// version), as the browser would on a second click. Afterwards every write the app acknowledged must be stored
/// exactly once, every learner's last acknowledged draft must be theirs, and no error page may show anything of
/// the app's insides.
/// </summary>
public sealed class WritingCohort
{
    public const string Editor = "/cohorts/mba-2026/reflections/my-reasons";

    private readonly ConcurrentBag<Guid> acknowledged = [];
    private readonly ConcurrentDictionary<int, string> lastDraft = new();
    private readonly ConcurrentBag<string> errorPages = [];
    private int failedAttempts;

    private WritingCohort(IReadOnlyList<AcademyClient> learners, string threadUrl)
    {
        Learners = learners;
        ThreadUrl = threadUrl;
    }

    public IReadOnlyList<AcademyClient> Learners { get; }

    public string ThreadUrl { get; }

    public int Acknowledged => acknowledged.Count;

    /// <summary>Writes that were answered with an error or not at all, and sent again.</summary>
    public int FailedAttempts => failedAttempts;

    public int ErrorPages => errorPages.Count;

    /// <summary>The start of each answer that was not an acknowledgement, for a failing test's message.</summary>
    public IEnumerable<string> ErrorPagesSeen => errorPages.Select(page => page.Length > 300 ? page[..300] : page);

    /// <summary>Registers <paramref name="count"/> learners, has the demo instructor enrol them from a CSV and open a thread.</summary>
    public static async Task<WritingCohort> EnrolAsync(Func<AcademyClient> newClient, int count)
    {
        var learners = new List<AcademyClient>();
        var csv = new StringBuilder("email,name\n");
        for (var index = 0; index < count; index++)
        {
            var client = newClient();
            var email = $"writer-{index:00}-{Guid.NewGuid():N}@example.com";
            var registered = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
            {
                ["Input.DisplayName"] = $"Learner {index:00}", ["Input.Email"] = email, ["Input.Password"] = "correct horse battery staple",
            });
            Assert.Equal(HttpStatusCode.Redirect, registered.Status);
            csv.Append(email).Append(",Learner ").Append(index.ToString("00", CultureInfo.InvariantCulture)).Append('\n');
            learners.Add(client);
        }

        using var instructor = newClient();
        await instructor.SignInAsync("instructor@academy.test");
        var management = await instructor.GetAsync("/teach/cohorts/mba-2026");
        await instructor.UploadAsync(management, "enrol", "CsvFile", Encoding.UTF8.GetBytes(csv.ToString()), "learners.csv", "text/csv");
        var started = await instructor.SubmitAsync("/cohorts/mba-2026/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Live session: questions", ["Input.Body"] = "Ask away." });
        return new WritingCohort(learners, started.RedirectedTo!);
    }

    /// <summary>Every learner replies <paramref name="repliesEach"/> times (keep it under the flood limit of ten a minute), autosaving between replies.</summary>
    public Task WriteAsync(int repliesEach) => Task.WhenAll(Learners.Select((client, index) => Task.Run(async () =>
    {
        var page = await UntilReadAsync($"Learner {index}'s thread", () => client.GetAsync(ThreadUrl));
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var editor = await UntilReadAsync($"Learner {index}'s editor", () => client.GetAsync(Editor));
        var version = int.Parse(editor.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
        for (var reply = 0; reply < repliesEach; reply++)
        {
            var key = Guid.NewGuid();
            var fields = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["_handler"] = "reply", ["Input.IdempotencyKey"] = key.ToString(),
                ["Input.Body"] = $"Learner {index:00}, question {reply}.",
            };
            await UntilAcknowledgedAsync($"Learner {index}'s reply", () => client.Http.PostAsync(ThreadUrl, new FormUrlEncodedContent(fields)),
                response => Task.FromResult(response.StatusCode == HttpStatusCode.Redirect));
            acknowledged.Add(key);

            // An unanswered save is sent again with the same version; a 409 that holds this very text means the
            // first one had been stored.
            var draft = $"Learner {index:00}, draft {reply}.";
            await UntilAcknowledgedAsync($"Learner {index}'s autosave",
                () => client.Http.PostAsync(Editor + "/draft", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["body"] = draft, ["version"] = version.ToString(CultureInfo.InvariantCulture),
                })),
                async response =>
                {
                    if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Conflict))
                    {
                        return false;
                    }

                    var saved = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                    Assert.True(response.StatusCode == HttpStatusCode.OK || saved.GetProperty("body").GetString() == draft,
                        $"Learner {index}'s autosave met another text.");
                    version = saved.GetProperty("version").GetInt32();
                    return true;
                });
            lastDraft[index] = draft;
            await Task.Delay(200);
        }
    })));

    /// <summary>Every acknowledged reply is in the database exactly once, each learner's last acknowledged draft is theirs, and no error page showed the app's insides.</summary>
    public async Task AssertEveryAcknowledgedWriteStoredOnceAsync(string connectionString, int repliesEach)
    {
        await using var database = new NpgsqlConnection(connectionString);
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

        Assert.Equal(Learners.Count * repliesEach, acknowledged.Count);
        foreach (var (client, index) in Learners.Select((client, index) => (client, index)))
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

    /// <summary>
    /// A page read before writing, read again when no answer came (the instance that was answering was killed): the
    /// balancer sends the next try to a live one.
    /// </summary>
    private async Task<Page> UntilReadAsync(string who, Func<Task<Page>> read)
    {
        var trying = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var page = await read();
                if (page.Status == HttpStatusCode.OK)
                {
                    return page;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // no answer at all: read it again
            }

            Interlocked.Increment(ref failedAttempts);
            Assert.True(trying.Elapsed < TimeSpan.FromSeconds(90), $"{who} could not be read for 90 s.");
            await Task.Delay(500);
        }
    }

    // Sends the same request until the app acknowledges it; what came back instead is kept, to be checked.
    private async Task UntilAcknowledgedAsync(string who, Func<Task<HttpResponseMessage>> send, Func<HttpResponseMessage, Task<bool>> acknowledges)
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
}
