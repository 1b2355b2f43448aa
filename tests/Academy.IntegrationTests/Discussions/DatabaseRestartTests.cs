using System.Diagnostics;
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
        var cohort = await WritingCohort.EnrolAsync(app.CreateClient, Learners);
        var writing = cohort.WriteAsync(RepliesEach);

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

        output.WriteLine($"{cohort.Acknowledged} replies acknowledged, {cohort.FailedAttempts} attempts answered with an error or not at all, " +
            $"{cohort.ErrorPages} error pages, app answering {answeredAfter.TotalSeconds:0.0} s after the database returned.");
        await cohort.AssertEveryAcknowledgedWriteStoredOnceAsync(postgres.ConnectionString("academy"), RepliesEach);
    }
}
