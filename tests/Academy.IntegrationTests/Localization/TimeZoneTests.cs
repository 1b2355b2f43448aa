using System.Globalization;
using System.Net;
using Academy.Cohorts.Sessions;
using Academy.IntegrationTests.Email;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Deadlines;
using Academy.Shared.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Localization;

/// <summary>
/// One cohort in Helsinki, one member there and one in New York, across the weeks in which Europe's clocks go back
/// (27 October 2030) and then America's (3 November 2030): the same sessions and due dates are shown to each on their
/// own clock, in pages, in e-mail and in the calendar feed. The gap between the two cities is 7 hours, then 6, then 7.
/// </summary>
public abstract class TimeZoneTests<TApp>(TApp app) : EmailTestBase<TApp>(app) where TApp : AcademyApp
{
    private const string NewYork = "America/New_York";
    private static readonly DateOnly CohortStarts = new(2030, 10, 14); // module 1 is due 21 October, before either change

    private static async Task LiveInAsync(Person person, string zone)
    {
        var saved = await person.Client.SubmitAsync("/Account/Manage", "language-and-zone",
            new Dictionary<string, string> { ["Input.Language"] = "en", ["Input.TimeZone"] = zone });
        Assert.Equal("/Account/Manage?saved=language", saved.RedirectedTo);
    }

    private async Task<(Person Instructor, Person Helsinki, Person NewYork, string Cohort)> CohortAcrossTheAtlanticAsync()
    {
        var (instructor, helsinki, newYork) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Aino in Helsinki"), await NewPersonAsync("Noah in New York"));
        await LiveInAsync(helsinki, ZonedTime.DefaultZone);
        await LiveInAsync(newYork, NewYork);
        return (instructor, helsinki, newYork, await CohortAsync(CohortStarts, instructor, helsinki, newYork));
    }

    /// <summary>The instructor, who has no zone of their own yet, schedules at 17:00 on the Helsinki clock.</summary>
    private Task<int> ScheduleAtFiveAsync(Person instructor, string cohort, DateOnly on, string title) =>
        App.SendAsAsync(instructor.Id, new ScheduleSession(cohort, title, "The agenda.", on, new TimeOnly(17, 0), new TimeOnly(18, 30),
            "https://meet.example.com/week", null, null));

    [Fact]
    public async Task The_same_sessions_are_shown_on_each_members_own_clock_in_pages_e_mail_and_the_calendar_feed()
    {
        var (instructor, helsinki, newYork, cohort) = await CohortAcrossTheAtlanticAsync();
        await ScheduleAtFiveAsync(instructor, cohort, new DateOnly(2030, 10, 22), "Before Europe changes");
        await ScheduleAtFiveAsync(instructor, cohort, new DateOnly(2030, 10, 29), "Between the changes");
        await ScheduleAtFiveAsync(instructor, cohort, new DateOnly(2030, 11, 5), "After both");

        string[] inHelsinki =
        [
            "Tue 22 Oct, 17:00–18:30 Helsinki time (EEST)", "Tue 29 Oct, 17:00–18:30 Helsinki time (EET)", "Tue 5 Nov, 17:00–18:30 Helsinki time (EET)",
        ];
        string[] inNewYork =
        [
            "Tue 22 Oct, 10:00–11:30 New York time (EDT)", "Tue 29 Oct, 11:00–12:30 New York time (EDT)", "Tue 5 Nov, 10:00–11:30 New York time (EST)",
        ];
        Assert.Equal(inHelsinki, (await helsinki.Client.GetAsync($"/cohorts/{cohort}/sessions")).Document.QuerySelectorAll(".session-card time").Select(t => t.TextContent));
        var page = await newYork.Client.GetAsync($"/cohorts/{cohort}/sessions");
        Assert.Equal(inNewYork, page.Document.QuerySelectorAll(".session-card time").Select(t => t.TextContent));
        Assert.Contains("Times in New York time (EST/EDT).", page.Text(".meta"));

        string Announced(string title, string when) => $"New live session “{title}”: {when}";
        Assert.Equal(
            [
                Announced("After both", "Tuesday 5 November 2030, 10:00–11:30 New York time (EST)"),
                Announced("Before Europe changes", "Tuesday 22 October 2030, 10:00–11:30 New York time (EDT)"),
                Announced("Between the changes", "Tuesday 29 October 2030, 11:00–12:30 New York time (EDT)"),
            ],
            (await MailToAsync(newYork)).Select(mail => mail.Subject).Order());
        Assert.Contains(Announced("Between the changes", "Tuesday 29 October 2030, 17:00–18:30 Helsinki time (EET)"), (await MailToAsync(helsinki)).Select(mail => mail.Subject));

        // The feed writes instants in UTC: each calendar shows them on its owner's clock, as the pages do.
        var feed = await FeedOfAsync(newYork, cohort);
        Assert.Contains("DTSTART:20301022T140000Z", feed);
        Assert.Contains("DTSTART:20301029T150000Z", feed);
        Assert.Contains("DTSTART:20301105T150000Z", feed);
    }

    [Fact]
    public async Task A_due_date_is_the_cohorts_day_and_says_when_it_ends_on_the_clock_of_a_member_elsewhere()
    {
        var (instructor, helsinki, newYork, cohort) = await CohortAcrossTheAtlanticAsync();

        var dueHelsinki = await helsinki.Client.GetAsync($"/cohorts/{cohort}/reflections/my-reasons");
        var dueNewYork = await newYork.Client.GetAsync($"/cohorts/{cohort}/reflections/my-reasons");
        Assert.Contains("Due Monday 21 October", dueHelsinki.Text("header .meta"));
        Assert.DoesNotContain("until", dueHelsinki.Text("header .meta")); // the cohort's own midnight
        Assert.Contains("Due Monday 21 October (until Monday 21 October, 17:00 New York time (EDT))", dueNewYork.Text("header .meta"));

        await MoveDueDateAsync(instructor, cohort, new DateOnly(2030, 10, 28)); // Europe has changed, America not yet
        Assert.Contains("(until Monday 28 October, 18:00 New York time (EDT))", (await newYork.Client.GetAsync($"/cohorts/{cohort}/reflections/my-reasons")).Text("header .meta"));
        await MoveDueDateAsync(instructor, cohort, new DateOnly(2030, 11, 4)); // both have changed
        Assert.Contains("(until Monday 4 November, 17:00 New York time (EST))", (await newYork.Client.GetAsync($"/cohorts/{cohort}/reflections/my-reasons")).Text("header .meta"));

        // In the feed a due date is its day's last minute in Helsinki: 16:59 in New York, 23:59 in Helsinki.
        Assert.Contains("DTSTART:20301104T215900Z", await FeedOfAsync(newYork, cohort));
    }

    [Fact]
    public async Task A_due_reminder_says_the_cohorts_day_and_when_it_ends_on_the_readers_own_clock()
    {
        var (instructor, helsinki, newYork) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Aino in Helsinki"), await NewPersonAsync("Noah in New York"));
        await LiveInAsync(helsinki, ZonedTime.DefaultZone);
        await LiveInAsync(newYork, NewYork);
        var cohort = await CohortAsync(Arrange.Today.AddDays(-31), instructor, helsinki, newYork); // nothing due these days, until moved
        var dueOn = Arrange.Today.AddDays(1);
        await MoveDueDateAsync(instructor, cohort, dueOn);

        await App.WithScopeAsync(services => services.GetRequiredService<DueReminders>().RemindAsync(CancellationToken.None));

        var ends = ZonedTime.Local(ZonedTime.StartOf(dueOn.AddDays(1), ZonedTime.DefaultZone), NewYork);
        var day = dueOn.ToString("d MMMM", CultureInfo.InvariantCulture);
        var inNewYork = ends.ToString("dddd d MMMM, HH:mm", CultureInfo.InvariantCulture);
        var abbreviation = ZonedTime.AbbreviationAt(ends, NewYork);
        Assert.Equal($"Your reflection “My list of reasons” is due on {day} (until {inNewYork} New York time ({abbreviation})) and is not submitted yet",
            Assert.Single(await MailToAsync(newYork)).Subject);
        Assert.Equal($"Your reflection “My list of reasons” is due on {day} and is not submitted yet", Assert.Single(await MailToAsync(helsinki)).Subject);
    }

    private static async Task MoveDueDateAsync(Person instructor, string cohort, DateOnly dueOn)
    {
        var saved = await instructor.Client.SubmitAsync($"/cohorts/{cohort}/reflections/deadlines", "dates",
            new Dictionary<string, string> { ["Dates.Rows[0].DueOn"] = dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
    }

    private static async Task<string> FeedOfAsync(Person member, string cohort)
    {
        var address = (await member.Client.GetAsync($"/cohorts/{cohort}")).InputValue("calendar-url")!;
        return (await member.Client.Http.GetStringAsync(new Uri(address).PathAndQuery)).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTimeZoneTests(SqliteApp app) : TimeZoneTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTimeZoneTests(PostgresApp app) : TimeZoneTests<PostgresApp>(app);
