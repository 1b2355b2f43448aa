using System.Globalization;
using Academy.Contracts.Localization;
using Academy.Shared.Resources;
using Academy.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Academy.Shared.Localization;

/// <summary>
/// Times as a reader reads them: in their time zone, in the current culture's words and with the zone named
/// ("Thursday 19 March 2026, 17:00–18:30 Helsinki time (EET)"; "torstai 19. maaliskuuta 2026 klo 17.00–18.30 (Helsinki, EET)").
/// The patterns are resources, so each language writes dates its own way.
/// </summary>
public sealed class MomentWriter(IStringLocalizer<SharedText> t)
{
    public string Write(Moment moment, string zoneId)
    {
        var culture = CultureInfo.CurrentCulture;
        var start = ZonedTime.Local(moment.Start, zoneId);
        var day = start.ToString(t["dddd d MMMM yyyy"], culture);
        if (moment.DayOnly)
        {
            return day;
        }

        var zone = Zone(moment.Start, zoneId);
        if (moment.End is not { } endsAt)
        {
            return t["{0}, {1} {2}", day, start.ToString(t["HH:mm"], culture), zone];
        }

        return ZonedTime.Span(moment.Start, endsAt, zoneId); // the one span writer, so pages and notifications say a session's time alike
    }

    /// <summary>"9 December", "9. joulukuuta": a calendar day, the same in every zone.</summary>
    public string Write(CalendarDay day) => day.Date.ToString(t["d MMMM"], CultureInfo.CurrentCulture);

    /// <summary>"Helsinki time (EET)"; UTC is just "UTC".</summary>
    public string Zone(DateTimeOffset at, string zoneId) =>
        zoneId is "UTC" or "Etc/UTC" ? "UTC" : t["{0} time ({1})", ZonedTime.City(zoneId), ZonedTime.AbbreviationAt(at, zoneId)];
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
            CalendarDay day => moments.Write(day),
            _ => argument,
        }).ToArray();
        return localizers.Create(words.Resources)[words.Key, arguments];
    }
}
