using System.Net;
using System.Text.Json;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// An autosave the server acknowledged survives the app being killed: the test runs the app as its own
/// process, autosaves continuously, kills it without warning in the middle of that, starts it again and reads
/// the draft back, eight times in a row, each time at another moment of an autosave.
/// </summary>
public abstract class DraftDurabilityTests
{
    private const string Editor = "/cohorts/mba-2026/reflections/my-reasons";

    protected abstract AppProcess CreateApp();

    /// <summary>How many times the app is killed in one run.</summary>
    private const int Rounds = 8;

    [Fact]
    public async Task Every_acknowledged_autosave_survives_the_app_being_killed_in_the_middle_of_autosaving_eight_times()
    {
        using var app = CreateApp();
        await app.StartAsync();
        using var learner = app.CreateClient();
        await learner.SignInAsync("learner3@academy.test");
        var random = new Random(2026);

        for (var round = 1; round <= Rounds; round++)
        {
            var page = await learner.GetAsync(Editor);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var version = int.Parse(page.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
            var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

            // Autosaves go out one after another, as the editor sends them, until the process dies under them.
            var sent = new List<string>();
            string? acknowledged = null;
            var firstAcknowledged = new TaskCompletionSource();
            var autosaving = Task.Run(async () =>
            {
                for (var save = 1; ; save++)
                {
                    var text = $"Round {round}, thought {save}.";
                    lock (sent)
                    {
                        sent.Add(text);
                    }

                    try
                    {
                        using var response = await learner.Http.PostAsync(Editor + "/draft", new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["__RequestVerificationToken"] = token, ["body"] = text, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        }));
                        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                        version = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32();
                        Volatile.Write(ref acknowledged, text);
                        firstAcknowledged.TrySetResult();
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process was killed with this autosave in flight
                    }
                }
            });

            await firstAcknowledged.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await Task.Delay(random.Next(0, 150));
            app.Kill();
            await autosaving;
            await app.StartAsync();

            // The draft is the last text the server acknowledged, or a later one it stored but could not answer for.
            var lastAcknowledged = Volatile.Read(ref acknowledged)!;
            var reopened = await learner.GetAsync(Editor);
            Assert.Equal(HttpStatusCode.OK, reopened.Status);
            var stored = reopened.Document.QuerySelector("#reflection-body")!.TextContent;
            Assert.Contains(stored, sent.SkipWhile(text => text != lastAcknowledged).ToList());
        }
    }
}

public sealed class SqliteDraftDurabilityTests : DraftDurabilityTests
{
    protected override AppProcess CreateApp() => AppProcess.OnSqlite();
}

public sealed class PostgresDraftDurabilityTests : DraftDurabilityTests
{
    protected override AppProcess CreateApp() => AppProcess.OnPostgres();
}
