using Academy.Shared.Localization;
using Academy.Shared.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Academy.UnitTests.Shared.Localization;

public sealed class MomentWriterTests
{
    private static readonly MomentWriter Moments = new(new StringLocalizer<SharedText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    private static readonly DateTimeOffset WinterEvening = new(2030, 1, 15, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_span_is_shown_on_the_zones_clock_and_names_the_zone_and_an_end_on_another_day_says_its_day()
    {
        AcademyCultures.In("en", () =>
        {
            Assert.Equal("Tue 15 Jan, 17:00–18:30 Helsinki time (EET)", Moments.Span(WinterEvening, WinterEvening.AddMinutes(90), "Europe/Helsinki", "ddd d MMM"));
            Assert.Equal("Tue 15 Jan, 17:00–Wed 16 Jan, 01:00 Helsinki time (EET)", Moments.Span(WinterEvening, WinterEvening.AddHours(8), "Europe/Helsinki", "ddd d MMM"));
            Assert.Equal("Tue 15 Jan, 15:00–16:00 UTC", Moments.Span(WinterEvening, WinterEvening.AddHours(1), "UTC", "ddd d MMM"));
            Assert.Equal("Tuesday 15 January 2030, 10:00–11:30 New York time (EST)", Moments.Span(WinterEvening, WinterEvening.AddMinutes(90), "America/New_York"));
            return 0;
        });
    }

    [Fact]
    public void Finnish_writes_the_day_its_own_way_with_klo_and_the_zone_in_brackets()
    {
        AcademyCultures.In("fi", () =>
        {
            Assert.Equal("tiistai 15. tammikuuta 2030 klo 17.00–18.30 (Helsinki, EET)", Moments.Span(WinterEvening, WinterEvening.AddMinutes(90), "Europe/Helsinki"));
            Assert.Equal("tiistai 15. tammikuuta 2030 klo 10.00 (New York, EST)", Moments.At(WinterEvening, "America/New_York"));
            return 0;
        });
    }

    [Fact]
    public void Zones_are_described_with_their_place_and_abbreviations_in_each_language()
    {
        AcademyCultures.In("en", () =>
        {
            Assert.Equal("Helsinki time (EET/EEST)", Moments.Describe("Europe/Helsinki"));
            Assert.Equal("New York time (EST/EDT)", Moments.Describe("America/New_York"));
            Assert.Equal("UTC", Moments.Describe("UTC"));
            Assert.Equal("Tokyo time (UTC+09:00)", Moments.Describe("Asia/Tokyo"));
            return 0;
        });
        Assert.Equal("(Helsinki, EET/EEST)", AcademyCultures.In("fi", () => Moments.Describe("Europe/Helsinki")));
    }
}
