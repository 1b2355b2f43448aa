using System.Text;
using Academy.Cohorts.Resources;
using Academy.Contracts.Courses;
using Academy.Shared.Links;
using Academy.Shared.Time;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Calendar;

/// <summary>
/// Writes a cohort's schedule as an iCalendar (RFC 5545) feed with Ical.Net, which escapes text and ends lines in
/// CRLF; lines are folded at 75 octets between characters. Module releases are all-day events on the cohort's
/// calendar. A due date is the last minute of its day in the cohort's zone, and live sessions are timed events: their
/// instants are written in UTC, so every reader's calendar shows them at the right time on its own clock (16:59 in New
/// York for a reflection due on a Helsinki cohort's day). Each event keeps its UID across edits; its SEQUENCE grows when the event changes, so
/// subscribed calendars replace their copy, and a cancelled session says STATUS:CANCELLED.
/// </summary>
internal static class CalendarFeed
{
    // SEQUENCE is the number of whole minutes from this day to the entry's last recorded change.
    private static readonly DateTimeOffset SequenceEpoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Build(string cohortSlug, string cohortName, string cohortTimeZone, CohortSchedule schedule, IReadOnlyList<CalendarSession> sessions,
        PublicSite site, DateTimeOffset now, IStringLocalizer<CohortsText> t)
    {
        var calendar = NewCalendar();
        calendar.AddProperty("X-WR-CALNAME", $"{cohortName}: {schedule.CourseTitle}");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT12H");
        foreach (var module in schedule.Modules)
        {
            var moduleUrl = site.Link($"/courses/{schedule.CourseSlug}/modules/{module.Slug}?cohort={cohortSlug}");
            calendar.Events.Add(AllDayEvent($"release-{cohortSlug}-{module.Slug}", module, now, module.ReleasesOn,
                t["Module {0} opens: {1}", module.Number, module.Title],
                t["{0}, module {1} ({2} min) opens for {3}.", schedule.CourseTitle, module.Number, module.Minutes, cohortName], moduleUrl));
            if (module.ReflectionTitles.Count > 0)
            {
                calendar.Events.Add(DeadlineEvent($"reflections-due-{cohortSlug}-{module.Slug}", module, now, module.ReflectionsDueOn, cohortTimeZone,
                    t["Reflections due: module {0}", module.Number],
                    t["Reflections on \"{0}\": {1}.", module.Title, string.Join("; ", module.ReflectionTitles)],
                    site.Link($"/cohorts/{cohortSlug}/reflections")));
            }
        }

        foreach (var session in sessions)
        {
            calendar.Events.Add(SessionEvent(cohortSlug, cohortName, session, site, now, t));
        }

        return RefoldByCharacter(new CalendarSerializer().SerializeToString(calendar)!);
    }

    /// <summary>One live session as a calendar of its own, to add to any calendar (the same event, UID and SEQUENCE as in the feed).</summary>
    public static string BuildSession(string cohortSlug, string cohortName, CalendarSession session, PublicSite site, DateTimeOffset now,
        IStringLocalizer<CohortsText> t)
    {
        var calendar = NewCalendar();
        calendar.Events.Add(SessionEvent(cohortSlug, cohortName, session, site, now, t));
        return RefoldByCharacter(new CalendarSerializer().SerializeToString(calendar)!);
    }

    private static Ical.Net.Calendar NewCalendar() => new()
    {
        ProductId = "-//Academy//Cohort schedule//EN",
        Scale = "GREGORIAN",
        Method = "PUBLISH",
    };

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

    /// <summary>A live session: its UID from its id (stable through edits and moves), SEQUENCE from its count of changes, times in UTC.</summary>
    private static CalendarEvent SessionEvent(string cohortSlug, string cohortName, CalendarSession session, PublicSite site, DateTimeOffset now,
        IStringLocalizer<CohortsText> t)
    {
        var url = site.Link($"/cohorts/{cohortSlug}/sessions/{session.Number}");
        var description = new StringBuilder(t["A live session of {0}.", cohortName]);
        if (session.MeetingUrl is { } meeting && !session.IsCancelled)
        {
            description.Append('\n').Append(t["Join: {0}", meeting]);
        }

        if (session.Place is { } place)
        {
            description.Append('\n').Append(t["Place: {0}", place]);
        }

        if (session.AgendaMarkdown.Length > 0)
        {
            description.Append($"\n\n{session.AgendaMarkdown}");
        }

        if (session.RecordingUrl is { } recording)
        {
            description.Append("\n\n").Append(t["Recording: {0}", recording]);
        }

        description.Append($"\n\n{url}");
        return new CalendarEvent
        {
            Uid = $"session-{session.Id}@academy",
            DtStamp = new CalDateTime(now.UtcDateTime),
            DtStart = new CalDateTime(session.StartsAt.UtcDateTime),
            DtEnd = new CalDateTime(session.EndsAt.UtcDateTime),
            Created = new CalDateTime(session.CreatedAt.UtcDateTime),
            LastModified = new CalDateTime(session.ChangedAt.UtcDateTime),
            Sequence = session.Sequence,
            Status = session.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Summary = session.IsCancelled ? t["Cancelled: {0}", session.Title] : session.Title,
            Description = description.ToString(),
            Location = session.Place ?? session.MeetingUrl,
            Url = new Uri(url),
            Transparency = session.IsCancelled ? TransparencyType.Transparent : TransparencyType.Opaque,
        };
    }

    /// <summary>The last minute of the due day in the cohort's zone, as an instant (a reflection is late from the next day's start).</summary>
    private static CalendarEvent DeadlineEvent(string uid, ScheduledModule module, DateTimeOffset now, DateOnly day, string cohortTimeZone, string summary,
        string description, string url)
    {
        var lastMinute = new CalDateTime(ZonedTime.StartOf(day.AddDays(1), cohortTimeZone).AddMinutes(-1).UtcDateTime);
        return ModuleEvent(uid, module, now, lastMinute, lastMinute, summary, description, url);
    }

    private static CalendarEvent AllDayEvent(string uid, ScheduledModule module, DateTimeOffset now, DateOnly day, string summary, string description, string url) =>
        ModuleEvent(uid, module, now, new CalDateTime(day), new CalDateTime(day.AddDays(1)), summary, description, url);

    /// <summary>An event of a module's schedule: it changes, and its SEQUENCE grows, when the module's schedule entry does.</summary>
    private static CalendarEvent ModuleEvent(string uid, ScheduledModule module, DateTimeOffset now, CalDateTime start, CalDateTime end, string summary,
        string description, string url) =>
        new()
        {
            Uid = $"{uid}@academy",
            DtStamp = new CalDateTime(now.UtcDateTime),
            DtStart = start,
            DtEnd = end,
            LastModified = new CalDateTime(module.ChangedAt.UtcDateTime),
            Sequence = Sequence(module.ChangedAt),
            Summary = summary,
            Description = description,
            Url = new Uri(url),
            Transparency = TransparencyType.Transparent,
        };
}

/// <summary>A live session as a calendar shows it.</summary>
internal sealed record CalendarSession(
    Guid Id, int Number, string Title, string AgendaMarkdown, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? MeetingUrl, string? Place,
    bool IsCancelled, string? RecordingUrl, int Sequence, DateTimeOffset ChangedAt, DateTimeOffset CreatedAt);
