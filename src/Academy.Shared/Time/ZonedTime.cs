using System.Collections.Concurrent;

namespace Academy.Shared.Time;

/// <summary>
/// Times in a named place's time zone (an IANA id such as <c>Europe/Helsinki</c>): entered times become instants,
/// instants become the zone's clock readings, and a calendar day becomes the instant it begins there. The words that
/// say a time to a person are <c>MomentWriter</c>'s, in their language.
/// </summary>
public static class ZonedTime
{
    public const string DefaultZone = "Europe/Helsinki";

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    // Abbreviations people know, standard/daylight; .NET on Linux names zones in words only.
    private static readonly Dictionary<string, (string Standard, string Daylight)> KnownAbbreviations = new(StringComparer.Ordinal)
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

    /// <summary>"EET/EEST" for a zone with daylight saving, "UTC" for UTC, else its standard offset ("UTC+05:30").</summary>
    public static string AbbreviationsOf(string zoneId) => KnownAbbreviations.TryGetValue(zoneId, out var names)
        ? names.Standard == names.Daylight ? names.Standard : $"{names.Standard}/{names.Daylight}"
        : Offset(Zone(zoneId).BaseUtcOffset);

    /// <summary>The calendar day the zone's clocks show at the instant.</summary>
    public static DateOnly Today(DateTimeOffset now, string zoneId) => DateOnly.FromDateTime(Local(now, zoneId).DateTime);

    /// <summary>
    /// The instant the day begins in the zone: its midnight, or, where the clocks skip midnight, the first moment they
    /// show on that day.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly day, string zoneId)
    {
        var zone = Zone(zoneId);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The abbreviation in force at the instant: "EET" in winter, "EEST" in summer (or "UTC+02:00").</summary>
    public static string AbbreviationAt(DateTimeOffset instant, string zoneId)
    {
        var zone = Zone(zoneId);
        return KnownAbbreviations.TryGetValue(zoneId, out var names)
            ? zone.IsDaylightSavingTime(instant) ? names.Daylight : names.Standard
            : Offset(zone.GetUtcOffset(instant));
    }

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
