using System.Net;
using System.Text.Json;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// An autosave the server acknowledged survives the app being killed: the test runs the app as its own
/// process, autosaves, kills it without warning between autosaves, starts it again and reads the draft back.
/// </summary>
public abstract class DraftDurabilityTests
{
    private const string Editor = "/cohorts/mba-2026/reflections/my-reasons";

    protected abstract AppProcess CreateApp();

    [Fact]
    public async Task The_last_acknowledged_autosave_is_there_after_the_app_is_killed_and_started_again()
    {
        using var app = CreateApp();
        await app.StartAsync();
        using var learner = app.CreateClient();
        await learner.SignInAsync("learner3@academy.test");

        for (var round = 1; round <= 3; round++)
        {
            var page = await learner.GetAsync(Editor);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var version = int.Parse(page.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
            var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

            string? acknowledged = null;
            foreach (var text in new[] { $"Round {round}, first thought.", $"Round {round}, second thought, the one that counts." })
            {
                var response = await learner.Http.PostAsync(Editor + "/draft", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["body"] = text, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                version = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32();
                acknowledged = text;
            }

            app.Kill();
            await app.StartAsync();

            var reopened = await learner.GetAsync(Editor);
            Assert.Equal(HttpStatusCode.OK, reopened.Status);
            Assert.Equal(acknowledged, reopened.Document.QuerySelector("#reflection-body")!.TextContent);
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
