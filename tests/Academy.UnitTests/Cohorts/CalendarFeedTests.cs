using System.Text;
using Academy.Cohorts.Calendar;
using Academy.Contracts.Courses;

namespace Academy.UnitTests.Cohorts;

public sealed class CalendarFeedTests
{
    private static readonly CohortSchedule Schedule = new("course", "Social Media for Leaders",
    [
        new ScheduledModule(1, "why", "Why leaders should engage personally", 12, new DateOnly(2026, 9, 7), new DateOnly(2026, 9, 14), ["My list of reasons"], true),
        new ScheduledModule(2, "radar", "Your radar; monitoring, filtering", 12, new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 21), [], false),
    ]);

    private static string Feed() => CalendarFeed.Build("mba", "Executive MBA", Schedule, new Academy.Shared.Links.PublicSite(new Uri("https://academy.example")), new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Each_release_and_each_reflection_due_date_is_an_all_day_event()
    {
        var feed = Feed();

        Assert.Equal(3, feed.Split("BEGIN:VEVENT").Length - 1); // two releases, one due date (module 2 has no reflection)
        Assert.Contains("DTSTART;VALUE=DATE:20260907\r\nDTEND;VALUE=DATE:20260908", feed);
        Assert.Contains("UID:release-mba-why@academy", feed);
        Assert.EndsWith("END:VCALENDAR\r\n", feed);
    }

    [Fact]
    public void Text_is_escaped_and_every_line_is_at_most_75_octets()
    {
        var feed = Feed();

        Assert.Contains(@"SUMMARY:Module 2 opens: Your radar\; monitoring\, filtering", Unfold(feed));
        Assert.All(feed.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void Folding_never_splits_a_character()
    {
        var feed = new StringBuilder();

        CalendarFeed.AppendFolded(feed, "DESCRIPTION:" + string.Concat(Enumerable.Repeat("äö€", 40)));

        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(feed.ToString())));
        Assert.Equal("DESCRIPTION:" + string.Concat(Enumerable.Repeat("äö€", 40)), Unfold(feed.ToString()).TrimEnd());
    }

    private static string Unfold(string feed) => feed.Replace("\r\n ", string.Empty);
}
