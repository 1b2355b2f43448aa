using Academy.Cohorts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts.Sessions;

/// <summary>
/// After a session the instructor adds the recording and notes and marks who attended; the cohort dashboard shows the
/// attendance, and a learner who missed the last two sessions joins its needs-attention queue.
/// </summary>
public abstract class SessionOutcomeTests<TApp>(TApp app) : SessionsTestBase<TApp>(app) where TApp : AcademyApp, ISessionsApp
{
    [Fact]
    public async Task The_instructor_records_the_recording_notes_and_attendance_and_the_dashboard_names_who_missed_the_last_two_sessions()
    {
        var cohort = await CohortAsync(learners: 3, name: "Outcome");
        var (present, sometimes, absent) = (cohort.Learners[0], cohort.Learners[1], cohort.Learners[2]);
        var first = Arrange.Today.AddDays(1);
        var second = Arrange.Today.AddDays(8);
        var one = await ScheduleAsync(cohort, first, new TimeOnly(17, 0), new TimeOnly(18, 0), "Week 1");
        var two = await ScheduleAsync(cohort, second, new TimeOnly(17, 0), new TimeOnly(18, 0), "Week 2");

        // Before it starts there is nothing to record.
        Assert.Empty((await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/{one}")).Document.QuerySelectorAll("form.session-outcome"));
        await Assert.ThrowsAsync<RuleViolation>(() => App.SendAsAsync(cohort.InstructorId, new RecordSessionOutcome(cohort.Slug, one, null, "", [])));

        App.Clock.StoppedAt = InHelsinki(first, new TimeOnly(18, 30));
        var page = await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/{one}");
        var boxes = page.Document.QuerySelectorAll("form.session-outcome input[type=checkbox]").Select(box => box.GetAttribute("name")).ToList();
        Assert.Equal(cohort.Learners.Select(l => $"Input.Attended[{l.UserId}]"), boxes);
        var refused = await cohort.Instructor.SubmitAsync(page, "outcome", new Dictionary<string, string>
        {
            ["Input.RecordingUrl"] = "ftp://video.example.com/week-1", ["Input.Notes"] = "Typed notes", [$"Input.Attended[{present.UserId}]"] = "true",
        });
        Assert.Equal("Enter a full address starting with https://, for example https://zoom.us/j/123456789.", refused.FieldError("outcome-recording"));
        Assert.Equal("ftp://video.example.com/week-1", refused.InputValue("outcome-recording"));
        Assert.NotNull(refused.Document.QuerySelector($"input[name='Input.Attended[{present.UserId}]']")!.GetAttribute("checked"));
        Assert.Null(refused.Document.QuerySelector($"input[name='Input.Attended[{sometimes.UserId}]']")!.GetAttribute("checked"));

        var saved = await cohort.Instructor.SubmitAsync(page, "outcome", new Dictionary<string, string>
        {
            ["Input.RecordingUrl"] = "https://video.example.com/week-1", ["Input.Notes"] = "Slides are in **module 2**.",
            [$"Input.Attended[{present.UserId}]"] = "true", [$"Input.Attended[{sometimes.UserId}]"] = "true",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.Status);

        App.Clock.StoppedAt = InHelsinki(second, new TimeOnly(18, 30));
        await App.SendAsAsync(cohort.InstructorId, new RecordSessionOutcome(cohort.Slug, two, "https://video.example.com/week-2", "", [present.UserId]));

        // Learners find the recording and the notes, and whether they were marked present.
        var learnerView = await absent.Client.GetAsync($"/cohorts/{cohort.Slug}/sessions/{one}");
        Assert.Equal("https://video.example.com/week-1", learnerView.Document.QuerySelector("#after-heading ~ p a.button")!.GetAttribute("href"));
        Assert.Equal("module 2", learnerView.Text("#after-heading ~ .prose strong"));
        Assert.Contains("You were not marked present at this session.", learnerView.Text("main"));
        Assert.Contains("Recording available", (await present.Client.GetAsync($"/cohorts/{cohort.Slug}/sessions")).Text(".session-facts"));

        var dashboard = await cohort.Instructor.GetAsync($"/teach/cohorts/{cohort.Slug}");
        var queue = dashboard.Text(".attention-list");
        Assert.Contains("Outcome Learner 3 missed the last two live sessions", queue);
        Assert.DoesNotContain("Outcome Learner 2 missed", queue); // attended the first of the two
        Assert.DoesNotContain("Outcome Learner 1 missed", queue);
        var attendance = dashboard.Document.QuerySelectorAll(".attendance-table tbody tr")
            .Select(row => $"{row.QuerySelector("th")!.TextContent}: {row.QuerySelectorAll("td")[1].TextContent}").ToList();
        Assert.Equal(["Week 2: 1 of 3", "Week 1: 2 of 3"], attendance);
        Assert.Contains("session attendance,\"Week 1 (", await cohort.Instructor.Http.GetStringAsync($"/teach/cohorts/{cohort.Slug}/engagement.csv"));

        // Marking again replaces what was marked: now the third learner was there after all.
        await App.SendAsAsync(cohort.InstructorId, new RecordSessionOutcome(cohort.Slug, two, "https://video.example.com/week-2", "", [present.UserId, absent.UserId]));
        Assert.DoesNotContain("missed the last two", (await cohort.Instructor.GetAsync($"/teach/cohorts/{cohort.Slug}")).Text(".attention-list"));
        Assert.Equal(6, await App.WithDbAsync(db => db.SessionAttendance.CountAsync(a => cohort.Learners.Select(l => l.UserId).Contains(a.UserId))));
    }
}

[Collection(SqliteSessionsCollection.Name)]
public sealed class SqliteSessionOutcomeTests(SessionsSqliteApp app) : SessionOutcomeTests<SessionsSqliteApp>(app);

[Collection(PostgresSessionsCollection.Name)]
public sealed class PostgresSessionOutcomeTests(SessionsPostgresApp app) : SessionOutcomeTests<SessionsPostgresApp>(app);
