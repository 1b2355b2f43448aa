namespace Academy.Shared.Time;

/// <summary>The time zones a person can choose: this machine's IANA zones of places (not <c>Etc/GMT+3</c>), and UTC.</summary>
public static class ZoneChoices
{
    public sealed record Choice(string Id, string Label);

    /// <summary>West to east, then by name; each labelled with its place and its offset now ("Europe/Helsinki (UTC+02:00)").</summary>
    public static IReadOnlyList<Choice> All { get; } = Load();

    private static List<Choice> Load()
    {
        var now = DateTimeOffset.UtcNow;
        return TimeZoneInfo.GetSystemTimeZones()
            .Where(zone => zone.Id.Contains('/', StringComparison.Ordinal) && !zone.Id.StartsWith("Etc/", StringComparison.Ordinal)
                           && !zone.Id.StartsWith("SystemV/", StringComparison.Ordinal))
            .Select(zone => (zone.Id, Offset: zone.GetUtcOffset(now)))
            .Append((Id: "UTC", Offset: TimeSpan.Zero))
            .DistinctBy(zone => zone.Id)
            .OrderBy(zone => zone.Offset).ThenBy(zone => zone.Id, StringComparer.Ordinal)
            .Select(zone => new Choice(zone.Id, $"{zone.Id.Replace('_', ' ')} (UTC{(zone.Offset < TimeSpan.Zero ? "-" : "+")}{zone.Offset.Duration():hh\\:mm})"))
            .ToList();
    }
}
