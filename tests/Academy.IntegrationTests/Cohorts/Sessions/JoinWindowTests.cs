using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Cohorts.Sessions;

/// <summary>
/// The join link is the main action (a button) from 15 minutes before the start until the end: a plain link before,
/// nothing after. Seen at stopped moments of the app's clock, on each page that shows the session.
/// </summary>
public abstract class JoinWindowTests<TApp>(TApp app) : SessionsTestBase<TApp>(app) where TApp : AcademyApp, ISessionsApp
{
    [Fact]
    public async Task The_join_button_shows_from_fifteen_minutes_before_the_start_until_the_end()
    {
        var cohort = await CohortAsync(name: "Joining");
        var day = Arrange.Today.AddDays(2);
        var number = await ScheduleAsync(cohort, day, new TimeOnly(15, 15), new TimeOnly(16, 15), "Weekly session", link: "https://meet.example.com/join-me");
        var session = $"/cohorts/{cohort.Slug}/sessions/{number}";

        async Task<(bool Button, bool PlainLink)> SeenAtAsync(TimeOnly helsinkiTime, int second = 0)
        {
            App.Clock.StoppedAt = InHelsinki(day, helsinkiTime).AddSeconds(second);
            var page = await cohort.Learner.GetAsync(session);
            return (page.Document.QuerySelectorAll("a.button.join[href='https://meet.example.com/join-me']").Length == 1,
                page.Text(".session-card .meta").Contains("Meeting link: https://meet.example.com/join-me", StringComparison.Ordinal));
        }

        Assert.Equal((false, true), await SeenAtAsync(new TimeOnly(14, 59), 59)); // 15 minutes and 1 second before
        Assert.Equal((false, true), await SeenAtAsync(new TimeOnly(14, 59)));
        Assert.Equal((true, false), await SeenAtAsync(new TimeOnly(15, 0))); // 15 minutes before
        Assert.Equal((true, false), await SeenAtAsync(new TimeOnly(15, 15)));
        Assert.Equal((true, false), await SeenAtAsync(new TimeOnly(16, 14), 59));
        Assert.Equal((false, false), await SeenAtAsync(new TimeOnly(16, 15))); // the end

        // Inside the window, every page that shows the session makes joining its main action.
        App.Clock.StoppedAt = InHelsinki(day, new TimeOnly(15, 0));
        foreach (var (path, where) in new[]
                 {
                     ($"/cohorts/{cohort.Slug}/sessions", "#upcoming-heading ~ ul"), ($"/cohorts/{cohort.Slug}", "#next-session-heading ~ .session-card"),
                     ("/", ".learning-card .next-session"),
                 })
        {
            var page = await cohort.Learner.GetAsync(path);
            Assert.True(page.Document.QuerySelectorAll($"{where} a.button.join").Length == 1, $"No join button on {path}");
        }

        App.Clock.StoppedAt = InHelsinki(day, new TimeOnly(14, 59));
        Assert.Empty((await cohort.Learner.GetAsync("/")).Document.QuerySelectorAll(".learning-card .next-session a.button.join"));
    }
}

[Collection(SqliteSessionsCollection.Name)]
public sealed class SqliteJoinWindowTests(SessionsSqliteApp app) : JoinWindowTests<SessionsSqliteApp>(app);

[Collection(PostgresSessionsCollection.Name)]
public sealed class PostgresJoinWindowTests(SessionsPostgresApp app) : JoinWindowTests<SessionsPostgresApp>(app);
