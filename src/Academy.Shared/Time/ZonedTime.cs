using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Academy.Shared.Resources;

namespace Academy.Shared.Time;

/// <summary>
/// Times in a named place's time zone (an IANA id such as <c>Europe/Helsinki</c>): entered times become instants, and
/// instants are shown as that place's clock reads them, always saying which zone (<c>17:00–18:30 Helsinki time (EET)</c>).
/// Until people choose their own zone, a cohort's zone is the one its times are entered and shown in.
/// </summary>
public static class ZonedTime
{
    public const string DefaultZone = "Europe/Helsinki";

    // The patterns in the current UI language (SharedText, the same keys as MomentWriter), read directly: Span is a
    // static helper, so no localizer is at hand.
    private static readonly ResourceManager Patterns = new(typeof(SharedText));

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    // Abbreviations people know, standard/daylight; .NET on Linux names zones in words only.
    private static readonly Dictionary<string, (string Standard, string Daylight)> Abbreviations = new(StringComparer.Ordinal)
    {
        ["Europe/Helsinki"] = ("EET", "EEST"), ["Europe/Tallinn"] = ("EET", "EEST"), ["Europe/Riga"] = ("EET", "EEST"),
        ["Europe/Vilnius"] = ("EET", "EEST"), ["Europe/Kyiv"] = ("EET", "EEST"), ["Europe/Kiev"] = ("EET", "EEST"),
        ["Europe/Athens"] = ("EET", "EEST"), ["Europe/Bucharest"] = ("EET", "EEST"), ["Europe/Sofia"] = ("EET", "EEST"),
        ["Europe/Stockholm"] = ("CET", "CEST"), ["Europe/Oslo"] = ("CET", "CEST"), ["Europe/Copenhagen"] = ("CET", "CEST"),
        ["Europe/Berlin"] = ("CET", "CEST"), ["Europe/Paris"] = ("CET", "CEST"), ["Europe/Amsterdam"] = ("CET", "CEST"),
        ["Europe/Brussels"] = ("CET", "CEST"), ["Europe/Madrid"] = ("CET", "CEST"), ["Europe/Rome"] = ("CET", "CEST"),
        ["Europe/Vienna"] = ("CET", "CEST"), ["Europe/Warsaw"] = ("CET", "CEST"), ["Europe/Prague"] = ("CET", "CEST"),
        ["Europe/Zurich"] = ("CET", "CEST"), ["Europe/London"] = ("GMT", "BST"), ["Europe/Dublin"] = ("GMT", "IST"),
        ["Europe/Lisbon"] = ("WET", "WEST"), ["America/New_York"] = ("EST", "EDT"), ["America/Chicago"] = ("CST", "CDT"),
        ["America/Denver"] = ("MST", "MDT"), ["America/Los_Angeles"] = ("PST", "PDT"), ["UTC"] = ("UTC", "UTC"), ["Etc/UTC"] = ("UTC", "UTC"),
    };

    /// <summary>Whether this machine knows the zone (an IANA id).</summary>
    public static bool Exists(string? zoneId) => zoneId is { Length: > 0 and <= 64 } && Find(zoneId) is not null;

    /// <summary>The zone of that id; the default zone for an id this machine does not know.</summary>
    public static TimeZoneInfo Zone(string zoneId) => Find(zoneId) ?? Find(DefaultZone) ?? TimeZoneInfo.Utc;

    /// <summary>The instant as the zone's clocks read it.</summary>
    public static DateTimeOffset Local(DateTimeOffset instant, string zoneId) => TimeZoneInfo.ConvertTime(instant, Zone(zoneId));

    /// <summary>
    /// The instant at which the zone's clocks read <paramref name="day"/> <paramref name="time"/>; null for a time the
    /// clocks skip (the hour they go forward). A time they read twice (the hour they go back) is its first occurrence.
    /// </summary>
    public static DateTimeOffset? Instant(DateOnly day, TimeOnly time, string zoneId)
    {
        var zone = Zone(zoneId);
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The zone's place, from its id: "Helsinki", "New York"; "UTC" for UTC.</summary>
    public static string City(string zoneId) => zoneId is "UTC" or "Etc/UTC" ? "UTC" : zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');

    /// <summary>"Helsinki time", from the zone's id; "UTC" for UTC.</summary>
    public static string PlaceName(string zoneId) =>
        zoneId is "UTC" or "Etc/UTC" ? "UTC" : $"{zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ')} time";

    /// <summary>The zone as a form says it beside its time fields: "Helsinki time (EET/EEST)".</summary>
    public static string Describe(string zoneId) => Abbreviations.TryGetValue(zoneId, out var names)
        ? names.Standard == names.Daylight ? PlaceName(zoneId) : $"{PlaceName(zoneId)} ({names.Standard}/{names.Daylight})"
        : $"{PlaceName(zoneId)} ({Offset(Zone(zoneId).BaseUtcOffset)})";

    /// <summary>The abbreviation in force at the instant: "EET" in winter, "EEST" in summer (or "UTC+02:00").</summary>
    public static string AbbreviationAt(DateTimeOffset instant, string zoneId)
    {
        var zone = Zone(zoneId);
        return Abbreviations.TryGetValue(zoneId, out var names)
            ? zone.IsDaylightSavingTime(instant) ? names.Daylight : names.Standard
            : Offset(zone.GetUtcOffset(instant));
    }

    /// <summary>
    /// "Thursday 19 March 2026, 17:00–18:30 Helsinki time (EET)", in the current language as <c>MomentWriter</c> writes it
    /// ("tiistai 15. tammikuuta 2030 klo 17.00–18.30 (Helsinki, EET)"); an end on another day says its day too. The day's
    /// pattern is the caller's, from its resources.
    /// </summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end, string zoneId, string? dayFormat = null)
    {
        var culture = CultureInfo.CurrentCulture;
        dayFormat ??= Pattern("dddd d MMMM yyyy");
        var clock = Pattern("HH:mm");
        var from = Local(start, zoneId);
        var to = Local(end, zoneId);
        var until = from.Date == to.Date ? to.ToString(clock, culture) : Format("{0}, {1}", to.ToString(dayFormat, culture), to.ToString(clock, culture));
        var zone = zoneId is "UTC" or "Etc/UTC" ? "UTC" : Format("{0} time ({1})", City(zoneId), AbbreviationAt(start, zoneId));
        return Format("{0}, {1}–{2} {3}", from.ToString(dayFormat, culture), from.ToString(clock, culture), until, zone);
    }

    private static string Pattern(string english) => Patterns.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    private static string Format(string english, params object[] values) => string.Format(CultureInfo.CurrentCulture, Pattern(english), values);

    private static string Offset(TimeSpan offset) =>
        $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}";

    // Only zones that exist are kept, so ids typed into a form cannot grow the dictionary.
    private static TimeZoneInfo? Find(string zoneId)
    {
        if (Zones.TryGetValue(zoneId, out var known))
        {
            return known;
        }

        try
        {
            return Zones.GetOrAdd(zoneId, TimeZoneInfo.FindSystemTimeZoneById(zoneId));
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
