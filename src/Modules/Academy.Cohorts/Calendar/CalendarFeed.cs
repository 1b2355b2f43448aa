using System.Text;
using Academy.Contracts.Courses;
using Academy.Shared.Links;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Academy.Cohorts.Calendar;

/// <summary>
/// Writes a cohort's schedule as an iCalendar (RFC 5545) feed of all-day events with Ical.Net, which escapes
/// text and ends lines in CRLF; lines are folded at 75 octets between characters. Each event keeps its UID across edits; its SEQUENCE
/// grows when the module's schedule entry changes, so subscribed calendars replace their copy.
/// </summary>
internal static class CalendarFeed
{
    // SEQUENCE is the number of whole minutes from this day to the entry's last recorded change.
    private static readonly DateTimeOffset SequenceEpoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Build(string cohortSlug, string cohortName, CohortSchedule schedule, PublicSite site, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//Academy//Cohort schedule//EN",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", $"{cohortName}: {schedule.CourseTitle}");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT12H");
        foreach (var module in schedule.Modules)
        {
            var moduleUrl = site.Link($"/courses/{schedule.CourseSlug}/modules/{module.Slug}?cohort={cohortSlug}");
            calendar.Events.Add(AllDayEvent($"release-{cohortSlug}-{module.Slug}", module, now, module.ReleasesOn,
                $"Module {module.Number} opens: {module.Title}",
                $"{schedule.CourseTitle}, module {module.Number} ({module.Minutes} min) opens for {cohortName}.", moduleUrl));
            if (module.ReflectionTitles.Count > 0)
            {
                calendar.Events.Add(AllDayEvent($"reflections-due-{cohortSlug}-{module.Slug}", module, now, module.ReflectionsDueOn,
                    $"Reflections due: module {module.Number}",
                    $"Reflections on \"{module.Title}\": {string.Join("; ", module.ReflectionTitles)}.",
                    site.Link($"/cohorts/{cohortSlug}/reflections")));
            }
        }

        return RefoldByCharacter(new CalendarSerializer().SerializeToString(calendar)!);
    }

    /// <summary>
    /// Ical.Net 5.2.4 folds by UTF-16 unit, so an emoji at a fold is cut in two and reaches calendars as two
    /// replacement characters. Each content line is unfolded and folded again at 75 octets, between characters.
    /// </summary>
    internal static string RefoldByCharacter(string feed)
    {
        var refolded = new StringBuilder(feed.Length + feed.Length / 64);
        foreach (var line in feed.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n"))
        {
            if (line.Length == 0)
            {
                continue; // after the last CRLF
            }

            var octets = 0;
            var limit = 75;
            foreach (var character in line.EnumerateRunes())
            {
                if (octets + character.Utf8SequenceLength > limit)
                {
                    refolded.Append("\r\n ");
                    octets = 0;
                    limit = 74; // the leading space counts
                }

                refolded.Append(character.ToString());
                octets += character.Utf8SequenceLength;
            }

            refolded.Append("\r\n");
        }

        return refolded.ToString();
    }

    /// <summary>The SEQUENCE of an event whose schedule entry last changed at <paramref name="changedAt"/>: later changes, higher numbers.</summary>
    internal static int Sequence(DateTimeOffset changedAt) => (int)Math.Max(0, Math.Floor((changedAt - SequenceEpoch).TotalMinutes));

    private static CalendarEvent AllDayEvent(string uid, ScheduledModule module, DateTimeOffset now, DateOnly day, string summary, string description, string url) =>
        new()
        {
            Uid = $"{uid}@academy",
            DtStamp = new CalDateTime(now.UtcDateTime),
            DtStart = new CalDateTime(day),
            DtEnd = new CalDateTime(day.AddDays(1)),
            LastModified = new CalDateTime(module.ChangedAt.UtcDateTime),
            Sequence = Sequence(module.ChangedAt),
            Summary = summary,
            Description = description,
            Url = new Uri(url),
            Transparency = TransparencyType.Transparent,
        };
}
