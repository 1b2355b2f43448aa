using System.Globalization;
using Academy.Shared.Security;
using Academy.Shared.Time;

namespace Academy.Shared.Localization;

/// <summary>
/// Instants on the clock of the person reading the page: their own time zone (chosen on the account page, first
/// suggested by their browser), else the platform's default zone. Pages show every instant through it; calendar days
/// of a cohort stay days, and say where they end on the reader's clock when the reader lives elsewhere.
/// </summary>
public sealed class ReaderTime(ICurrentUser reader, MomentWriter moments)
{
    public string ZoneId => ZonedTime.Exists(reader.TimeZone) ? reader.TimeZone! : ZonedTime.DefaultZone;

    /// <summary>The instant as the reader's clock reads it, in the pattern given (a resource: each language has its own).</summary>
    public string Format(DateTimeOffset instant, string pattern) => ZonedTime.Local(instant, ZoneId).ToString(pattern, CultureInfo.CurrentCulture);

    /// <summary>"Thursday 19 March 2026, 17:00 Helsinki time (EET)": an instant that matters, with the zone named.</summary>
    public string At(DateTimeOffset instant, string? dayFormat = null) => moments.At(instant, ZoneId, dayFormat);

    /// <summary>"Thu 19 Mar, 17:00–18:30 Helsinki time (EET)".</summary>
    public string Span(DateTimeOffset start, DateTimeOffset end, string? dayFormat = null) => moments.Span(start, end, ZoneId, dayFormat);

    /// <summary>"Helsinki time (EET/EEST)": the zone the reader's times are shown in, and the times they enter are read in.</summary>
    public string ZoneName => moments.Describe(ZoneId);

    /// <summary>When a cohort's calendar day (a due date, a cut-off) ends on the reader's clock, if not at their midnight: "until Wednesday 9 December, 17:00 New York time (EST)".</summary>
    public string? WhereDayEnds(DateOnly day, string cohortZoneId) => moments.WhereDayEnds(day, cohortZoneId, ZoneId);

    /// <summary>When a cohort's calendar day (an opening) begins on the reader's clock, if not at their midnight.</summary>
    public string? WhereDayBegins(DateOnly day, string cohortZoneId) => moments.WhereDayBegins(day, cohortZoneId, ZoneId);
}
