using System.Globalization;
using System.Text;
using Academy.Contracts.Courses;
using Academy.Shared.Links;

namespace Academy.Cohorts.Calendar;

/// <summary>Writes an iCalendar (RFC 5545) feed: all-day events, escaped text, lines folded at 75 octets, CRLF.</summary>
internal static class CalendarFeed
{
    public static string Build(string cohortSlug, string cohortName, CohortSchedule schedule, PublicSite site, DateTimeOffset now)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Academy//Cohort schedule//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            $"X-WR-CALNAME:{Escape($"{cohortName}: {schedule.CourseTitle}")}",
            "X-PUBLISHED-TTL:PT12H",
        };
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var module in schedule.Modules)
        {
            var moduleUrl = site.Link($"/courses/{schedule.CourseSlug}/modules/{module.Slug}?cohort={cohortSlug}");
            AddEvent(lines, $"release-{cohortSlug}-{module.Slug}", stamp, module.ReleasesOn,
                $"Module {module.Number} opens: {module.Title}",
                $"{schedule.CourseTitle}, module {module.Number} ({module.Minutes} min) opens for {cohortName}.", moduleUrl);
            if (module.ReflectionTitles.Count > 0)
            {
                AddEvent(lines, $"reflections-due-{cohortSlug}-{module.Slug}", stamp, module.ReflectionsDueOn,
                    $"Reflections due: module {module.Number}",
                    $"Reflections on \"{module.Title}\": {string.Join("; ", module.ReflectionTitles)}.",
                    site.Link($"/cohorts/{cohortSlug}/reflections"));
            }
        }

        lines.Add("END:VCALENDAR");
        var feed = new StringBuilder();
        foreach (var line in lines)
        {
            AppendFolded(feed, line);
        }

        return feed.ToString();
    }

    private static void AddEvent(List<string> lines, string uid, string stamp, DateOnly day, string summary, string description, string url)
    {
        lines.Add("BEGIN:VEVENT");
        lines.Add($"UID:{uid}@academy");
        lines.Add($"DTSTAMP:{stamp}");
        lines.Add($"DTSTART;VALUE=DATE:{day:yyyyMMdd}");
        lines.Add($"DTEND;VALUE=DATE:{day.AddDays(1):yyyyMMdd}");
        lines.Add($"SUMMARY:{Escape(summary)}");
        lines.Add($"DESCRIPTION:{Escape(description)}");
        lines.Add($"URL:{url}");
        lines.Add("TRANSP:TRANSPARENT");
        lines.Add("END:VEVENT");
    }

    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .ReplaceLineEndings("\\n");

    /// <summary>Folds a content line into 75-octet pieces (continuations start with a space), never inside a character.</summary>
    internal static void AppendFolded(StringBuilder feed, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                feed.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }

            feed.Append(rune.ToString());
            octets += size;
        }

        feed.Append("\r\n");
    }
}
