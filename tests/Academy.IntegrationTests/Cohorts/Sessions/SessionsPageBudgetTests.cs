using System.Net;
using Academy.Cohorts.Domain;
using Academy.Contracts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts.Sessions;

/// <summary>The sessions page reads the cohort, its upcoming sessions and a page of past ones: three database commands whatever their number.</summary>
public abstract class SessionsPageBudgetTests<TApp>(TApp app) : SessionsTestBase<TApp>(app) where TApp : AcademyApp, ISessionsApp
{
    /// <summary>Sessions written straight to the database: <paramref name="past"/> ended ones with attendance, <paramref name="upcoming"/> with answers.</summary>
    private Task AddSessionsAsync(TestCohort cohort, int past, int upcoming) => App.WithDbAsync(async db =>
    {
        var cohortId = await db.Cohorts.Where(c => c.Slug == cohort.Slug).Select(c => c.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var learners = cohort.Learners.Select(l => l.UserId).ToList();
        for (var i = 0; i < past + upcoming; i++)
        {
            var startsAt = i < past ? now.AddDays(-1 - i) : now.AddDays(1 + i - past);
            var session = new LiveSession(cohortId, i + 1, new SessionDetails($"Session {i + 1}", "An agenda.", "<p>An agenda.</p>", startsAt, startsAt.AddHours(1),
                "https://meet.example.com/s", null, null), cohort.InstructorId, now.AddDays(-60));
            foreach (var (learner, index) in learners.Select((learner, index) => (learner, index)))
            {
                session.Rsvps.Add(new SessionRsvp(session.Id, learner, (RsvpAnswer)(1 + (index + i) % 3), now.AddDays(-60)));
            }

            if (i < past)
            {
                session.RecordOutcome("https://video.example.com/s", "Notes.", "<p>Notes.</p>", learners, learners.Take(i % 3).ToHashSet(), startsAt.AddHours(2));
            }

            db.LiveSessions.Add(session);
        }

        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_sessions_page_takes_as_many_database_commands_for_sixty_sessions_as_for_two_and_at_most_three()
    {
        var small = await CohortAsync(learners: 2, name: "Small budget");
        var large = await CohortAsync(learners: 6, name: "Large budget");
        await AddSessionsAsync(small, past: 1, upcoming: 1);
        await AddSessionsAsync(large, past: 35, upcoming: 25);

        foreach (var (reader, name) in new[] { (false, "learner"), (true, "instructor") })
        {
            var smallPage = await (reader ? small.Instructor : small.Learner).GetAsync($"/cohorts/{small.Slug}/sessions");
            var largePage = await (reader ? large.Instructor : large.Learner).GetAsync($"/cohorts/{large.Slug}/sessions");
            Assert.Equal(HttpStatusCode.OK, largePage.Status);
            Assert.Equal(25, largePage.Document.QuerySelectorAll("#upcoming-heading ~ ul > li").Length);
            Assert.Equal(20, largePage.Document.QuerySelectorAll("#past-heading ~ ul > li").Length);
            Assert.True(smallPage.DbCommands == largePage.DbCommands, $"For the {name}: {smallPage.DbCommands} commands for two sessions, {largePage.DbCommands} for sixty.");
            Assert.InRange(largePage.DbCommands, 1, 3);
            // Once the reader's place is kept (EnrolmentMemory): the upcoming sessions and a page of the past ones.
            Assert.Equal(2, (await (reader ? large.Instructor : large.Learner).GetAsync($"/cohorts/{large.Slug}/sessions")).DbCommands);
        }

        // The next page of past sessions follows on from the last one shown (keyset), in as many commands.
        var first = await large.Learner.GetAsync($"/cohorts/{large.Slug}/sessions");
        var next = await large.Learner.GetAsync(first.Document.QuerySelector(".load-more a")!.GetAttribute("href")!);
        Assert.Equal(Enumerable.Range(21, 15).Select(i => $"Session {i}"), next.Document.QuerySelectorAll("#past-heading ~ ul .session-title a").Select(a => a.TextContent));
        Assert.Empty(next.Document.QuerySelectorAll(".load-more a"));
        Assert.InRange(next.DbCommands, 1, 3);
    }
}

[Collection(SqliteSessionsCollection.Name)]
public sealed class SqliteSessionsPageBudgetTests(SessionsSqliteApp app) : SessionsPageBudgetTests<SessionsSqliteApp>(app);

[Collection(PostgresSessionsCollection.Name)]
public sealed class PostgresSessionsPageBudgetTests(SessionsPostgresApp app) : SessionsPageBudgetTests<SessionsPostgresApp>(app);
