using Academy.Shared.Time;

namespace Academy.UnitTests.Shared.Time;

public sealed class ZonedTimeTests
{
    [Fact]
    public void A_time_in_helsinki_is_two_hours_ahead_of_utc_in_winter_and_three_in_summer()
    {
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 15, 0, 0, TimeSpan.Zero), ZonedTime.Instant(new DateOnly(2030, 1, 15), new TimeOnly(17, 0), "Europe/Helsinki"));
        Assert.Equal(new DateTimeOffset(2030, 7, 2, 14, 0, 0, TimeSpan.Zero), ZonedTime.Instant(new DateOnly(2030, 7, 2), new TimeOnly(17, 0), "Europe/Helsinki"));
        Assert.Equal(TimeSpan.Zero, ZonedTime.Instant(new DateOnly(2030, 7, 2), new TimeOnly(17, 0), "Europe/Helsinki")!.Value.Offset);
    }

    [Fact]
    public void A_time_the_clocks_skip_has_no_instant_and_a_time_they_read_twice_is_its_first_occurrence()
    {
        Assert.Null(ZonedTime.Instant(new DateOnly(2030, 3, 31), new TimeOnly(3, 30), "Europe/Helsinki")); // 03:00 EET becomes 04:00 EEST
        Assert.Equal(new DateTimeOffset(2030, 10, 27, 0, 30, 0, TimeSpan.Zero),
            ZonedTime.Instant(new DateOnly(2030, 10, 27), new TimeOnly(3, 30), "Europe/Helsinki")); // 03:30 EEST, before the clocks go back
    }

    [Fact]
    public void Zones_are_described_with_their_place_and_abbreviations()
    {
        Assert.Equal("Helsinki time (EET/EEST)", ZonedTime.Describe("Europe/Helsinki"));
        Assert.Equal("New York time (EST/EDT)", ZonedTime.Describe("America/New_York"));
        Assert.Equal("UTC", ZonedTime.Describe("UTC"));
        Assert.Equal("Tokyo time (UTC+09:00)", ZonedTime.Describe("Asia/Tokyo"));
        Assert.Equal("EEST", ZonedTime.AbbreviationAt(new DateTimeOffset(2030, 7, 2, 14, 0, 0, TimeSpan.Zero), "Europe/Helsinki"));
        Assert.False(ZonedTime.Exists("Mars/Olympus_Mons"));
        Assert.True(ZonedTime.Exists("Europe/Helsinki"));
    }

    [Fact]
    public void A_span_is_shown_in_the_zones_clock_and_names_the_zone_and_an_end_on_another_day_says_its_day()
    {
        var start = new DateTimeOffset(2030, 1, 15, 15, 0, 0, TimeSpan.Zero);
        Assert.Equal("Tue 15 Jan, 17:00–18:30 Helsinki time (EET)", ZonedTime.Span(start, start.AddMinutes(90), "Europe/Helsinki", "ddd d MMM"));
        Assert.Equal("Tue 15 Jan, 17:00–Wed 16 Jan, 01:00 Helsinki time (EET)", ZonedTime.Span(start, start.AddHours(8), "Europe/Helsinki", "ddd d MMM"));
        Assert.Equal("Tue 15 Jan, 15:00–16:00 UTC", ZonedTime.Span(start, start.AddHours(1), "UTC", "ddd d MMM"));
    }
}
