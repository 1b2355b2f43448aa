using System.Text;
using Academy.Cohorts.Calendar;
using Academy.Cohorts.Resources;
using Academy.Contracts.Courses;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Academy.UnitTests.Cohorts;

public sealed class CalendarFeedTests
{
    // The module's own resources, read as the app reads them (English here: the tests' culture).
    private static readonly IStringLocalizer<CohortsText> Words = new StringLocalizer<CohortsText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static readonly DateTimeOffset Published = new(2026, 8, 20, 9, 30, 0, TimeSpan.Zero);

    private static readonly CohortSchedule Schedule = new("course", "Social Media for Leaders", "en",
    [
        new ScheduledModule(1, "why", "Why leaders should engage personally", 12, new DateOnly(2026, 9, 7), new DateOnly(2026, 9, 14), ["My list of reasons"], true, Published),
        new ScheduledModule(2, "radar", "Your radar; monitoring, filtering", 12, new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 21), [], false, Published),
    ]);

    private static string Feed(CohortSchedule? schedule = null) =>
        CalendarFeed.Build("mba", "Executive MBA", "Europe/Helsinki", schedule ?? Schedule, [], new Academy.Shared.Links.PublicSite(new Uri("https://academy.example")),
            new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero), Words);

    [Fact]
    public void Each_release_is_an_all_day_event_and_each_due_date_the_last_minute_of_its_day_in_the_cohorts_zone()
    {
        var feed = Feed();

        Assert.Equal(3, feed.Split("BEGIN:VEVENT").Length - 1); // two releases, one due date (module 2 has no reflection)
        var release = Event(feed, "UID:release-mba-why@academy");
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20260907\r\n", release);
        Assert.Contains("\r\nDTEND;VALUE=DATE:20260908\r\n", release);
        var due = Event(feed, "UID:reflections-due-mba-why@academy");
        Assert.Contains("\r\nDTSTART:20260914T205900Z\r\n", due); // 23:59 on 14 September in Helsinki (EEST), 16:59 in New York (EDT)
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", feed);
        Assert.EndsWith("END:VCALENDAR\r\n", feed);
    }

    [Fact]
    public void Text_is_escaped_and_every_line_is_at_most_75_octets()
    {
        var feed = Feed();

        Assert.Contains(@"SUMMARY:Module 2 opens: Your radar\; monitoring\, filtering", Unfold(feed));
        Assert.All(feed.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Theory]
    [InlineData("äö€")]
    [InlineData("Ä🎓é")] // a character outside the BMP is two UTF-16 units
    public void Folding_never_splits_a_character(string characters)
    {
        var title = string.Concat(Enumerable.Repeat(characters, 40));
        var schedule = Schedule with { Modules = [Schedule.Modules[0] with { Title = title }] };

        var feed = Feed(schedule);

        var sent = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(feed)); // what a calendar app receives
        Assert.DoesNotContain('\uFFFD', sent);
        Assert.Contains($"SUMMARY:Module 1 opens: {title}\r\n", Unfold(sent));
        Assert.All(sent.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void An_edited_module_keeps_its_events_uids_and_raises_their_sequence()
    {
        var edited = Schedule with { Modules = [Schedule.Modules[0] with { Title = "Why leaders engage", ChangedAt = Published.AddDays(3) }, Schedule.Modules[1]] };

        var before = Feed();
        var after = Feed(edited);

        foreach (var uid in new[] { "UID:release-mba-why@academy", "UID:reflections-due-mba-why@academy" })
        {
            Assert.True(Sequence(Event(after, uid)) > Sequence(Event(before, uid)), uid);
            Assert.Contains("\r\nLAST-MODIFIED:20260823T093000Z\r\n", Event(after, uid));
        }

        Assert.Equal(Sequence(Event(before, "UID:release-mba-radar@academy")), Sequence(Event(after, "UID:release-mba-radar@academy")));
    }

    [Fact]
    public void A_live_session_is_a_timed_event_in_utc_with_its_sequence_status_and_way_in()
    {
        var id = Guid.Parse("0190a5c3-0000-7000-8000-000000000001");
        var session = new CalendarSession(id, 3, "Networks over teams", "Map your network first.", new DateTimeOffset(2026, 9, 22, 14, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 9, 22, 15, 30, 0, TimeSpan.Zero), "https://meet.example.com/week-3", null, IsCancelled: false, RecordingUrl: null,
            Sequence: 4, ChangedAt: Published, CreatedAt: Published);
        var site = new Academy.Shared.Links.PublicSite(new Uri("https://academy.example"));
        var now = new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

        var confirmed = Event(CalendarFeed.Build("mba", "Executive MBA", "Europe/Helsinki", Schedule, [session], site, now, Words), $"UID:session-{id}@academy");
        Assert.Contains("\r\nDTSTART:20260922T140000Z\r\n", confirmed);
        Assert.Contains("\r\nDTEND:20260922T153000Z\r\n", confirmed);
        Assert.Contains("\r\nSEQUENCE:4\r\n", confirmed);
        Assert.Contains("\r\nSTATUS:CONFIRMED\r\n", confirmed);
        Assert.Contains("\r\nLOCATION:https://meet.example.com/week-3\r\n", confirmed);
        Assert.Contains("Join: https://meet.example.com/week-3", confirmed);
        Assert.Contains("\r\nURL:https://academy.example/cohorts/mba/sessions/3\r\n", confirmed);

        var cancelled = Event(CalendarFeed.BuildSession("mba", "Executive MBA", session with { IsCancelled = true, Sequence = 5 }, site, now, Words), $"UID:session-{id}@academy");
        Assert.Contains("\r\nSTATUS:CANCELLED\r\n", cancelled);
        Assert.Contains("\r\nSEQUENCE:5\r\n", cancelled);
        Assert.Contains("\r\nSUMMARY:Cancelled: Networks over teams\r\n", cancelled);
        Assert.DoesNotContain("Join:", cancelled);
    }

    private static string Unfold(string feed) => feed.Replace("\r\n ", string.Empty);

    private static string Event(string feed, string uidLine) =>
        Unfold(feed).Split("BEGIN:VEVENT").Single(component => component.Contains($"\r\n{uidLine}\r\n", StringComparison.Ordinal));

    private static int Sequence(string calendarEvent) =>
        int.Parse(calendarEvent.Split("\r\n").Single(line => line.StartsWith("SEQUENCE:", StringComparison.Ordinal))["SEQUENCE:".Length..],
            System.Globalization.CultureInfo.InvariantCulture);
}
