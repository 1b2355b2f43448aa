using System.Net;
using Academy.Cohorts.Sessions;
using Academy.Contracts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts.Sessions;

/// <summary>Instructors schedule, edit and move sessions in the cohort's time zone; learners find them on every page that shows them.</summary>
public abstract class SchedulingSessionsTests<TApp>(TApp app) : SessionsTestBase<TApp>(app) where TApp : AcademyApp, ISessionsApp
{
    private const string NotHttps = "Enter a full address starting with https://, for example https://zoom.us/j/123456789.";

    private static Dictionary<string, string> Fields(string title = "Kick-off", string on = "2030-01-15", string starts = "17:00", string ends = "18:30",
        string link = "https://meet.example.com/kick-off", string place = "", string module = "", string agenda = "1. **Welcome**\n2. How we work") => new()
    {
        ["Input.Title"] = title, ["Input.On"] = on, ["Input.Starts"] = starts, ["Input.Ends"] = ends, ["Input.MeetingUrl"] = link,
        ["Input.Place"] = place, ["Input.ModuleSlug"] = module, ["Input.Agenda"] = agenda,
    };

    [Fact]
    public async Task An_instructor_schedules_a_session_in_the_cohorts_time_zone_and_its_learner_finds_it_on_every_page_that_shows_sessions()
    {
        var cohort = await CohortAsync(name: "Finding");
        var form = await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/new");
        Assert.Equal("Times in Helsinki time (EET/EEST).", form.Text("#session-zone"));

        var scheduled = await cohort.Instructor.SubmitAsync(form, "session", Fields(module: "why-leaders-engage"));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.Status);
        Assert.Equal($"/cohorts/{cohort.Slug}/sessions/1?saved=true", scheduled.RedirectedTo);
        await ScheduleAsync(cohort, new DateOnly(2030, 7, 2), new TimeOnly(17, 0), new TimeOnly(18, 0), "Summer session", place: "Room 2");

        // Stored as instants: 17:00 in Helsinki is 15:00 UTC in winter (EET) and 14:00 UTC in summer (EEST).
        var stored = await App.WithDbAsync(db => db.Set<Academy.Cohorts.Domain.LiveSession>()
            .Where(s => db.Set<Academy.Cohorts.Domain.Cohort>().Any(c => c.Id == s.CohortId && c.Slug == cohort.Slug)).OrderBy(s => s.Number)
            .Select(s => new { s.StartsAt, s.EndsAt, s.AgendaHtml, s.Sequence }).ToListAsync());
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 15, 0, 0, TimeSpan.Zero), stored[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 16, 30, 0, TimeSpan.Zero), stored[0].EndsAt);
        Assert.Equal(new DateTimeOffset(2030, 7, 2, 14, 0, 0, TimeSpan.Zero), stored[1].StartsAt);
        Assert.Contains("<strong>Welcome</strong>", stored[0].AgendaHtml);
        Assert.Equal(0, stored[0].Sequence);

        var list = await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/sessions");
        Assert.Equal(["Kick-off", "Summer session"], list.Document.QuerySelectorAll("#upcoming-heading ~ ul .session-title a").Select(a => a.TextContent));
        Assert.Contains("Tue 15 Jan, 17:00–18:30 Helsinki time (EET)", list.Text(".session-card"));
        Assert.Contains("Tue 2 Jul, 17:00–18:00 Helsinki time (EEST) · Room 2", list.Text(".session-card"));
        Assert.Empty(list.Document.QuerySelectorAll("a[href$='/sessions/new']"));

        var page = await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/sessions/1");
        Assert.Equal("Kick-off", page.Heading);
        Assert.Equal("Welcome", page.Text("#agenda-heading ~ .prose strong"));
        Assert.Contains("Module 1", page.Text(".eyebrow"));
        Assert.Contains("Meeting link: https://meet.example.com/kick-off", page.Text(".session-card"));

        Assert.Contains("Kick-off", (await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}")).Text("#next-session-heading ~ .session-card"));
        Assert.Contains("Kick-off", (await cohort.Learner.GetAsync("/")).Text(".learning-card .next-session"));
        var module = await cohort.Learner.GetAsync($"/courses/{Arrange.Course}/modules/why-leaders-engage?cohort={cohort.Slug}");
        Assert.Equal("Kick-off", module.Text("#module-sessions-heading ~ ul .session-title a"));
        Assert.Empty((await cohort.Learner.GetAsync($"/courses/{Arrange.Course}/modules/your-radar?cohort={cohort.Slug}"))
            .Document.QuerySelectorAll("#module-sessions-heading"));

        // Published for the e-mail half, after the save, with who did it.
        var notice = Assert.Single(App.Notices.Of<SessionScheduled>(cohort.Slug), n => n.Session.Number == 1);
        Assert.Equal(("Kick-off", new DateTimeOffset(2030, 1, 15, 15, 0, 0, TimeSpan.Zero), cohort.InstructorId, "Finding Instructor"),
            (notice.Session.Title, notice.Session.StartsAt, notice.ActorId, notice.ActorName));
        Assert.Equal($"/cohorts/{cohort.Slug}/sessions/1", notice.Session.Path);
        Assert.Equal(2, notice.Session.Members.Count);
    }

    [Fact]
    public async Task A_refused_session_says_why_beside_each_field_and_keeps_what_was_typed()
    {
        var cohort = await CohortAsync(name: "Refused");
        var form = await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/new");

        var refused = await cohort.Instructor.SubmitAsync(form, "session",
            Fields(title: "", starts: "18:00", ends: "17:00", link: "http://meet.example.com/x", place: "Room 1", agenda: "Typed agenda"));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Give the session a title.", refused.FieldError("session-title"));
        Assert.Equal("The session must end after it starts.", refused.FieldError("session-ends"));
        Assert.Equal(NotHttps, refused.FieldError("session-meeting-url"));
        Assert.Equal("http://meet.example.com/x", refused.InputValue("session-meeting-url"));
        Assert.Equal("Room 1", refused.InputValue("session-place"));
        Assert.Equal("2030-01-15", refused.InputValue("session-on"));
        Assert.StartsWith("18:00", refused.InputValue("session-starts"));
        Assert.Equal("Typed agenda", refused.Document.QuerySelector<IHtmlTextAreaElement>("#session-agenda")!.Value);
        Assert.Equal("Times in Helsinki time (EET/EEST).", refused.Text("#session-zone"));

        Assert.Equal("Give a meeting link, a place, or both.",
            (await cohort.Instructor.SubmitAsync(form, "session", Fields(link: "", place: ""))).FieldError("session-meeting-url"));
        Assert.Equal("Keep the title to 200 characters.",
            (await cohort.Instructor.SubmitAsync(form, "session", Fields(title: new string('t', 201)))).FieldError("session-title"));

        // What the handler checks: a time the clocks skip, a time already past, a module the course does not have.
        Assert.Equal("03:30 does not exist in Helsinki time (EET/EEST) on that day: the clocks go forward. Choose another time.",
            (await cohort.Instructor.SubmitAsync(form, "session", Fields(on: "2030-03-31", starts: "03:30", ends: "04:30"))).FieldError("session-starts"));
        Assert.Equal("That time has passed: choose a time in the future.",
            (await cohort.Instructor.SubmitAsync(form, "session", Fields(on: Arrange.Today.AddDays(-1).ToString("yyyy-MM-dd")))).FieldError("session-starts"));
        var badModule = await cohort.Instructor.SubmitAsync(form, "session", Fields(module: "no-such-module"));
        Assert.Equal("Choose one of the course's modules, or none.", badModule.FieldError("session-module"));
        Assert.Equal("Kick-off", badModule.InputValue("session-title"));

        Assert.False(await App.WithDbAsync(db => db.Set<Academy.Cohorts.Domain.LiveSession>().AnyAsync(s => db.Set<Academy.Cohorts.Domain.Cohort>().Any(c => c.Id == s.CohortId && c.Slug == cohort.Slug))));
        Assert.Empty(App.Notices.Of<SessionScheduled>(cohort.Slug));
    }

    [Fact]
    public async Task Editing_starts_from_the_session_as_it_is_and_a_move_is_published_with_the_times_it_had()
    {
        var cohort = await CohortAsync(name: "Moving");
        var number = await ScheduleAsync(cohort, new DateOnly(2030, 1, 15), new TimeOnly(17, 0), new TimeOnly(18, 30), "Week 1", "your-radar",
            place: "Room 3", agenda: "Bring a signal.");

        var edit = await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/{number}/edit");
        Assert.Equal(("Week 1", "2030-01-15", "Room 3", "https://meet.example.com/weekly"),
            (edit.InputValue("session-title"), edit.InputValue("session-on"), edit.InputValue("session-place"), edit.InputValue("session-meeting-url")));
        Assert.StartsWith("17:00", edit.InputValue("session-starts"));
        Assert.Equal("your-radar", edit.Document.QuerySelector<IHtmlSelectElement>("#session-module")!.Value);

        var moved = await cohort.Instructor.SubmitAsync(edit, "session", new Dictionary<string, string> { ["Input.Starts"] = "18:00", ["Input.Ends"] = "19:30" });
        Assert.Equal($"/cohorts/{cohort.Slug}/sessions/{number}?saved=true", moved.RedirectedTo);
        var change = Assert.Single(App.Notices.Of<SessionChanged>(cohort.Slug));
        Assert.True(change.WasMoved);
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 15, 0, 0, TimeSpan.Zero), change.PreviousStartsAt);
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 16, 0, 0, TimeSpan.Zero), change.Session.StartsAt);
        Assert.Equal(1, change.Session.Sequence);

        var renamed = await cohort.Instructor.SubmitAsync(await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/{number}/edit"), "session",
            new Dictionary<string, string> { ["Input.Title"] = "Week 1: your radar" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.Status);
        Assert.False(App.Notices.Of<SessionChanged>(cohort.Slug).Last().WasMoved);
        Assert.Contains("18:00–19:30", (await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/sessions/{number}")).Text(".session-card"));

        var refused = await cohort.Instructor.SubmitAsync(await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/sessions/{number}/edit"), "session",
            new Dictionary<string, string> { ["Input.Ends"] = "17:00", ["Input.Title"] = "Typed again" });
        Assert.Equal("The session must end after it starts.", refused.FieldError("session-ends"));
        Assert.Equal("Typed again", refused.InputValue("session-title"));
    }
}

[Collection(SqliteSessionsCollection.Name)]
public sealed class SqliteSchedulingSessionsTests(SessionsSqliteApp app) : SchedulingSessionsTests<SessionsSqliteApp>(app);

[Collection(PostgresSessionsCollection.Name)]
public sealed class PostgresSchedulingSessionsTests(SessionsPostgresApp app) : SchedulingSessionsTests<SessionsPostgresApp>(app);
