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
    public void Zones_know_their_abbreviations_and_only_real_zones_exist()
    {
        Assert.Equal("EET/EEST", ZonedTime.AbbreviationsOf("Europe/Helsinki"));
        Assert.Equal("UTC+09:00", ZonedTime.AbbreviationsOf("Asia/Tokyo"));
        Assert.Equal("EEST", ZonedTime.AbbreviationAt(new DateTimeOffset(2030, 7, 2, 14, 0, 0, TimeSpan.Zero), "Europe/Helsinki"));
        Assert.False(ZonedTime.Exists("Mars/Olympus_Mons"));
        Assert.True(ZonedTime.Exists("Europe/Helsinki"));
    }

    [Fact]
    public void A_calendar_day_begins_at_the_zones_midnight_and_today_is_the_zones_day()
    {
        Assert.Equal(new DateTimeOffset(2030, 12, 8, 22, 0, 0, TimeSpan.Zero), ZonedTime.StartOf(new DateOnly(2030, 12, 9), "Europe/Helsinki"));
        Assert.Equal(new DateTimeOffset(2030, 12, 9, 5, 0, 0, TimeSpan.Zero), ZonedTime.StartOf(new DateOnly(2030, 12, 9), "America/New_York"));
        Assert.Equal(new DateTimeOffset(2030, 7, 1, 21, 0, 0, TimeSpan.Zero), ZonedTime.StartOf(new DateOnly(2030, 7, 2), "Europe/Helsinki")); // EEST

        var lateEveningInNewYork = new DateTimeOffset(2030, 12, 9, 3, 0, 0, TimeSpan.Zero); // 05:00 in Helsinki, 22:00 the day before in New York
        Assert.Equal(new DateOnly(2030, 12, 9), ZonedTime.Today(lateEveningInNewYork, "Europe/Helsinki"));
        Assert.Equal(new DateOnly(2030, 12, 8), ZonedTime.Today(lateEveningInNewYork, "America/New_York"));
    }

    [Fact]
    public void A_day_whose_midnight_the_clocks_skip_begins_when_they_first_read_it()
    {
        // Santiago springs forward at midnight: 2030-09-08 00:00 does not exist, the day begins at 01:00 (UTC-3).
        Assert.Equal(new DateTimeOffset(2030, 9, 8, 4, 0, 0, TimeSpan.Zero), ZonedTime.StartOf(new DateOnly(2030, 9, 8), "America/Santiago"));
    }
}
