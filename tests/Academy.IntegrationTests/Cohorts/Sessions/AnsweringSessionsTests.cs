using Academy.Cohorts.Sessions;
using Academy.Contracts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;

namespace Academy.IntegrationTests.Cohorts.Sessions;

/// <summary>Learners answer going, maybe or not going, and change their minds; instructors see the counts and the names.</summary>
public abstract class AnsweringSessionsTests<TApp>(TApp app) : SessionsTestBase<TApp>(app) where TApp : AcademyApp, ISessionsApp
{
    private static Task<Page> AnswerAsync(AcademyClient learner, string session, string answer) =>
        learner.SubmitAsync(session, "rsvp", new Dictionary<string, string> { ["Answer"] = answer });

    [Fact]
    public async Task Learners_answer_and_change_their_answers_and_instructors_see_the_counts_and_the_names()
    {
        var cohort = await CohortAsync(learners: 4, name: "Answering");
        var number = await ScheduleAsync(cohort, Arrange.Today.AddDays(3), new TimeOnly(17, 0), new TimeOnly(18, 0), "Networks over teams");
        var session = $"/cohorts/{cohort.Slug}/sessions/{number}";
        var (first, second, third) = (cohort.Learners[0].Client, cohort.Learners[1].Client, cohort.Learners[2].Client);

        Assert.Equal(session, (await AnswerAsync(first, session, "Going")).RedirectedTo);
        await AnswerAsync(second, session, "Going");
        await AnswerAsync(second, session, "Maybe"); // changed their mind
        await AnswerAsync(third, session, "NotGoing");

        var mine = await second.GetAsync(session);
        Assert.Equal("You said: Maybe.", mine.Text("#rsvp-heading ~ p.meta"));
        Assert.Equal("true", mine.Document.QuerySelector("button[name=Answer][value=Maybe]")!.GetAttribute("aria-pressed"));
        Assert.Empty(mine.Document.QuerySelectorAll(".rsvp-table")); // learners do not see each other's answers
        Assert.Contains("Your answer: maybe", (await second.GetAsync($"/cohorts/{cohort.Slug}/sessions")).Text(".session-facts"));

        var instructorView = await cohort.Instructor.GetAsync(session);
        Assert.Equal("1 going · 1 maybe · 1 not going · 1 not answered", instructorView.Text(".rsvp-counts"));
        var rows = instructorView.Document.QuerySelectorAll(".rsvp-table tbody tr")
            .Select(row => $"{row.QuerySelector("th")!.TextContent}: {row.QuerySelector("td")!.TextContent}").ToList();
        Assert.Equal(["Answering Learner 1: Going", "Answering Learner 2: Maybe", "Answering Learner 3: Not going", "Answering Learner 4: No answer yet"], rows);
        Assert.Contains("1 going · 1 maybe · 1 not going", (await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions")).Text(".session-facts"));
        Assert.Empty(instructorView.Document.QuerySelectorAll("form button[name=Answer]")); // instructors run the session, they do not answer

        // Only the cohort's learners answer; nobody answers a cancelled session.
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsAsync(cohort.InstructorId, new AnswerSession(cohort.Slug, number, RsvpAnswer.Going)));
        await App.SendAsAsync(cohort.InstructorId, new CancelSession(cohort.Slug, number, Confirmed: true));
        var refused = await Assert.ThrowsAsync<RuleViolation>(() => App.SendAsAsync(cohort.LearnerId, new AnswerSession(cohort.Slug, number, RsvpAnswer.Maybe)));
        Assert.Equal("This session was cancelled.", refused.Message);
    }

    [Fact]
    public async Task An_answer_after_the_end_is_refused_in_words_on_the_form()
    {
        var cohort = await CohortAsync(name: "Late answer");
        var day = Arrange.Today.AddDays(1);
        var number = await ScheduleAsync(cohort, day, new TimeOnly(10, 0), new TimeOnly(11, 0));
        var session = $"/cohorts/{cohort.Slug}/sessions/{number}";
        var page = await cohort.Learner.GetAsync(session);

        App.Clock.StoppedAt = InHelsinki(day, new TimeOnly(11, 0));
        var late = await cohort.Learner.SubmitAsync(page, "rsvp", new Dictionary<string, string> { ["Answer"] = "Going" });

        Assert.Equal("This session has ended.", late.Text(".rsvp-form [role=alert]"));
        Assert.Empty((await cohort.Learner.GetAsync(session)).Document.QuerySelectorAll(".rsvp-form"));
    }
}

[Collection(SqliteSessionsCollection.Name)]
public sealed class SqliteAnsweringSessionsTests(SessionsSqliteApp app) : AnsweringSessionsTests<SessionsSqliteApp>(app);

[Collection(PostgresSessionsCollection.Name)]
public sealed class PostgresAnsweringSessionsTests(SessionsPostgresApp app) : AnsweringSessionsTests<SessionsPostgresApp>(app);
