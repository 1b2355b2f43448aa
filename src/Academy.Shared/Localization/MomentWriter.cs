using System.Globalization;
using Academy.Contracts.Localization;
using Academy.Shared.Resources;
using Academy.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Academy.Shared.Localization;

/// <summary>
/// Times as a reader reads them: in a time zone, in the current culture's words and with the zone named
/// ("Thursday 19 March 2026, 17:00–18:30 Helsinki time (EET)"; "torstai 19. maaliskuuta 2026 klo 17.00–18.30 (Helsinki, EET)").
/// The patterns are resources, so each language writes dates its own way.
/// </summary>
public sealed class MomentWriter(IStringLocalizer<SharedText> t)
{
    public string Write(Moment moment, string zoneId)
    {
        if (moment.DayOnly)
        {
            return ZonedTime.Local(moment.Start, zoneId).ToString(t["dddd d MMMM yyyy"], CultureInfo.CurrentCulture);
        }

        return moment.End is { } endsAt ? Span(moment.Start, endsAt, zoneId) : At(moment.Start, zoneId);
    }

    /// <summary>"Thursday 19 March 2026, 17:00 Helsinki time (EET)".</summary>
    public string At(DateTimeOffset instant, string zoneId, string? dayFormat = null)
    {
        var local = ZonedTime.Local(instant, zoneId);
        var culture = CultureInfo.CurrentCulture;
        return t["{0}, {1} {2}", local.ToString(dayFormat ?? t["dddd d MMMM yyyy"], culture), local.ToString(t["HH:mm"], culture), Zone(instant, zoneId)];
    }

    /// <summary>
    /// "Thursday 19 March 2026, 17:00–18:30 Helsinki time (EET)"; an end on another day says its day too. The day's
    /// pattern may be the caller's (a short one in lists).
    /// </summary>
    public string Span(DateTimeOffset start, DateTimeOffset end, string zoneId, string? dayFormat = null)
    {
        var culture = CultureInfo.CurrentCulture;
        dayFormat ??= t["dddd d MMMM yyyy"];
        string clock = t["HH:mm"];
        var from = ZonedTime.Local(start, zoneId);
        var to = ZonedTime.Local(end, zoneId);
        var until = from.Date == to.Date ? to.ToString(clock, culture) : t["{0}, {1}", to.ToString(dayFormat, culture), to.ToString(clock, culture)];
        return t["{0}, {1}–{2} {3}", from.ToString(dayFormat, culture), from.ToString(clock, culture), until, Zone(start, zoneId)];
    }

    /// <summary>
    /// "9 December", "9. joulukuuta": a calendar day, the same in every zone; a deadline's day read in another zone than
    /// its cohort's also says when it ends there: "9 December (until Wednesday 9 December, 17:00 New York time (EST))".
    /// </summary>
    public string Write(CalendarDay day, string readerZoneId)
    {
        var date = day.Date.ToString(t["d MMMM"], CultureInfo.CurrentCulture);
        return day.EndsInZone is { } cohortZone && WhereDayEnds(day.Date, cohortZone, readerZoneId) is { } ends ? t["{0} ({1})", date, ends] : date;
    }

    /// <summary>
    /// "until Wednesday 9 December, 17:00 New York time (EST)": when a cohort's calendar day (a due date, a cut-off) ends on
    /// the reader's clock; null when the reader's clock ends it at the same midnight as the cohort's.
    /// </summary>
    public string? WhereDayEnds(DateOnly day, string cohortZoneId, string readerZoneId)
    {
        var ends = ZonedTime.StartOf(day.AddDays(1), cohortZoneId);
        return ZonedTime.Local(ends, readerZoneId).TimeOfDay == TimeSpan.Zero ? null : t["until {0}", At(ends, readerZoneId, t["dddd d MMMM"])].Value;
    }

    /// <summary>"from Tuesday 8 December, 17:00 New York time (EST)": when a cohort's calendar day (an opening) begins on the reader's clock; null when at their midnight.</summary>
    public string? WhereDayBegins(DateOnly day, string cohortZoneId, string readerZoneId)
    {
        var begins = ZonedTime.StartOf(day, cohortZoneId);
        return ZonedTime.Local(begins, readerZoneId).TimeOfDay == TimeSpan.Zero ? null : t["from {0}", At(begins, readerZoneId, t["dddd d MMMM"])].Value;
    }

    /// <summary>"Helsinki time (EET)"; UTC is just "UTC".</summary>
    public string Zone(DateTimeOffset at, string zoneId) =>
        IsUtc(zoneId) ? "UTC" : t["{0} time ({1})", ZonedTime.City(zoneId), ZonedTime.AbbreviationAt(at, zoneId)];

    /// <summary>The zone as a form says it beside its time fields, whatever the season: "Helsinki time (EET/EEST)".</summary>
    public string Describe(string zoneId) => IsUtc(zoneId) ? "UTC" : t["{0} time ({1})", ZonedTime.City(zoneId), ZonedTime.AbbreviationsOf(zoneId)];

    private static bool IsUtc(string zoneId) => zoneId is "UTC" or "Etc/UTC";
}

/// <summary>Writes <see cref="Words"/> out in a reader's language and time zone (notifications and e-mails, at the moment they are stored).</summary>
public sealed class WordsWriter(IStringLocalizerFactory localizers, MomentWriter moments)
{
    /// <param name="language">The reader's language; the default one when they have not chosen.</param>
    /// <param name="zoneId">The reader's time zone; the default one when they have none yet.</param>
    public string Write(Words words, string? language, string? zoneId) =>
        AcademyCultures.In(language, () => WriteHere(words, ZonedTime.Exists(zoneId) ? zoneId! : ZonedTime.DefaultZone));

    private string WriteHere(Words words, string zoneId)
    {
        var arguments = words.Arguments.Select(argument => argument switch
        {
            Words inner => WriteHere(inner, zoneId),
            Moment moment => moments.Write(moment, zoneId),
            CalendarDay day => moments.Write(day, zoneId),
            _ => argument,
        }).ToArray();
        return localizers.Create(words.Resources)[words.Key, arguments];
    }
}
