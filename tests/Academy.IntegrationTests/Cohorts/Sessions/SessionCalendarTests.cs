using System.Net;
using Academy.Cohorts.Sessions;
using Academy.Contracts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts.Sessions;

/// <summary>
/// Sessions in the personal calendar feed and as a single .ics: a stable UID, a SEQUENCE that grows with every edit and
/// move, STATUS:CANCELLED after a cancellation, and start and end as UTC instants (right in any reader's zone).
/// </summary>
public abstract class SessionCalendarTests<TApp>(TApp app) : SessionsTestBase<TApp>(app) where TApp : AcademyApp, ISessionsApp
{
    /// <summary>The VEVENT of that UID in a calendar, its folded lines joined.</summary>
    private static string EventOf(string calendar, string uid)
    {
        var unfolded = calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        var events = unfolded.Split("BEGIN:VEVENT").Skip(1).Select(e => e[..e.IndexOf("END:VEVENT", StringComparison.Ordinal)]);
        return Assert.Single(events, e => e.Contains($"UID:{uid}\r\n", StringComparison.Ordinal));
    }

    private async Task<string> FeedAsync(TestCohort cohort)
    {
        var token = await App.WithDbAsync(db => db.CohortMembers.Where(m => m.UserId == cohort.LearnerId).Select(m => m.CalendarToken).SingleAsync());
        using var calendarApp = App.CreateAcademyClient(); // a calendar app: no sign-in, only the personal address
        var response = await calendarApp.Http.GetAsync($"/cohorts/{cohort.Slug}/calendar.ics?token={token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_move_raises_the_sequence_and_changes_the_utc_times_and_a_cancellation_marks_the_event_cancelled()
    {
        var cohort = await CohortAsync(name: "Calendar");
        var number = await ScheduleAsync(cohort, new DateOnly(2030, 1, 15), new TimeOnly(17, 0), new TimeOnly(18, 30), "Guest session: a CEO on LinkedIn",
            place: "Auditorium", agenda: "Questions welcome.");
        var uid = $"session-{await SessionIdAsync(cohort.Slug, number)}@academy";

        var scheduled = EventOf(await FeedAsync(cohort), uid);
        Assert.Contains("SEQUENCE:0\r\n", scheduled);
        Assert.Contains("DTSTART:20300115T150000Z\r\n", scheduled);
        Assert.Contains("DTEND:20300115T163000Z\r\n", scheduled);
        Assert.Contains("STATUS:CONFIRMED\r\n", scheduled);
        Assert.Contains("SUMMARY:Guest session: a CEO on LinkedIn\r\n", scheduled);
        Assert.Contains("LOCATION:Auditorium\r\n", scheduled);
        Assert.Contains($"URL:{AcademyApp.PublicUrl}/cohorts/{cohort.Slug}/sessions/{number}", scheduled);

        var edit = await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/{number}/edit");
        await cohort.Instructor.SubmitAsync(edit, "session", new Dictionary<string, string> { ["Input.Starts"] = "18:00", ["Input.Ends"] = "19:30" });
        var moved = EventOf(await FeedAsync(cohort), uid);
        Assert.Contains("SEQUENCE:1\r\n", moved);
        Assert.Contains("DTSTART:20300115T160000Z\r\n", moved);
        Assert.Contains("DTEND:20300115T173000Z\r\n", moved);

        await App.SendAsAsync(cohort.InstructorId, new EditSession(cohort.Slug, number, "Guest session: a CEO on LinkedIn", "New agenda.",
            new DateOnly(2030, 1, 15), new TimeOnly(18, 0), new TimeOnly(19, 30), "https://meet.example.com/weekly", "Auditorium", null));
        Assert.Contains("SEQUENCE:2\r\n", EventOf(await FeedAsync(cohort), uid)); // an edit that moves nothing raises it too

        var page = await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/{number}");
        var unticked = await cohort.Instructor.SubmitAsync(page, "cancel-session", new Dictionary<string, string>());
        Assert.Equal("Tick the box to confirm that the session is cancelled.", unticked.FieldError("cancel-confirmed"));
        var cancelled = await cohort.Instructor.SubmitAsync(page, "cancel-session", new Dictionary<string, string> { ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        var gone = EventOf(await FeedAsync(cohort), uid);
        Assert.Contains("STATUS:CANCELLED\r\n", gone);
        Assert.Contains("SEQUENCE:3\r\n", gone);
        Assert.Contains("SUMMARY:Cancelled: Guest session: a CEO on LinkedIn\r\n", gone);
        Assert.Single(App.Notices.Of<SessionCancelled>(cohort.Slug));

        // Cancelled stays cancelled: listed so, never edited again, a second cancellation changes nothing.
        Assert.Contains("Cancelled", (await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/sessions")).Text(".session-card.cancelled"));
        Assert.Empty((await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/{number}/edit")).Document.QuerySelectorAll("form.session-form"));
        await Assert.ThrowsAsync<RuleViolation>(() => App.SendAsAsync(cohort.InstructorId, new EditSession(cohort.Slug, number, "Back on", "",
            new DateOnly(2030, 1, 15), new TimeOnly(18, 0), new TimeOnly(19, 30), "https://meet.example.com/weekly", null, null)));
        await App.SendAsAsync(cohort.InstructorId, new CancelSession(cohort.Slug, number, Confirmed: true));
        Assert.Contains("SEQUENCE:3\r\n", EventOf(await FeedAsync(cohort), uid));
    }

    [Fact]
    public async Task One_session_downloads_as_an_ics_file_with_the_same_event_as_the_feed()
    {
        var cohort = await CohortAsync(name: "Download");
        var number = await ScheduleAsync(cohort, new DateOnly(2030, 7, 2), new TimeOnly(9, 0), new TimeOnly(10, 0), "Office hours");
        var uid = $"session-{await SessionIdAsync(cohort.Slug, number)}@academy";

        var page = await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/sessions/{number}");
        var link = page.Document.QuerySelector("a[download][href$='session.ics']")!.GetAttribute("href")!;
        using var download = await cohort.Learner.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/calendar", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{cohort.Slug}-session-{number}.ics", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var calendar = await download.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar);
        var single = EventOf(calendar, uid);
        Assert.Contains("DTSTART:20300702T060000Z\r\n", single); // 09:00 in Helsinki in summer (UTC+3)
        Assert.Contains("SEQUENCE:0\r\n", single);
        Assert.Contains("Join: https://meet.example.com/weekly", single);
        var inFeed = EventOf(await FeedAsync(cohort), uid);
        Assert.Equal(single, inFeed.Replace(DtStampOf(inFeed), DtStampOf(single))); // the same event, written at another moment
    }

    private static string DtStampOf(string vevent) => vevent.Split("\r\n").Single(line => line.StartsWith("DTSTAMP:", StringComparison.Ordinal));
}

[Collection(SqliteSessionsCollection.Name)]
public sealed class SqliteSessionCalendarTests(SessionsSqliteApp app) : SessionCalendarTests<SessionsSqliteApp>(app);

[Collection(PostgresSessionsCollection.Name)]
public sealed class PostgresSessionCalendarTests(SessionsPostgresApp app) : SessionCalendarTests<SessionsPostgresApp>(app);
