using Academy.Reflections.Deadlines;

namespace Academy.UnitTests.Reflections;

/// <summary>A reflection is late from the day after its due date in its cohort's zone; its reminder goes in the 48 hours before that.</summary>
public sealed class DueReminderWindowTests
{
    private static readonly DateOnly DueOn = new(2026, 12, 10);

    [Theory]
    [InlineData("2026-12-08T23:59:59Z", false)] // 48 hours and a second before the end of the due day
    [InlineData("2026-12-09T00:00:00Z", true)]
    [InlineData("2026-12-10T12:00:00Z", true)]
    [InlineData("2026-12-10T23:59:59Z", true)]
    [InlineData("2026-12-11T00:00:00Z", false)] // late from here: no reminder
    public void A_reminder_is_due_in_the_48_hours_before_the_due_day_ends(string now, bool due) =>
        Assert.Equal(due, DueReminders.IsDueSoon(DueOn, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), "UTC"));

    [Theory]
    [InlineData("2026-12-08T21:59:59Z", false)]
    [InlineData("2026-12-08T22:00:00Z", true)] // 48 hours before midnight in Helsinki (EET, UTC+2)
    [InlineData("2026-12-10T21:59:59Z", true)]
    [InlineData("2026-12-10T22:00:00Z", false)] // 10 December has ended in Helsinki, though not yet in London or New York
    public void A_cohort_in_helsinki_is_due_at_its_own_midnight(string now, bool due) =>
        Assert.Equal(due, DueReminders.IsDueSoon(DueOn, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), "Europe/Helsinki"));

    [Fact]
    public void A_moved_due_date_is_a_new_reminder_of_the_same_assignment()
    {
        var before = DueReminders.OnceKey("mba-2026", "my-reasons", DueOn);
        var after = DueReminders.OnceKey("mba-2026", "my-reasons", DueOn.AddDays(3));

        Assert.NotEqual(before, after);
        Assert.All([before, after], key => Assert.StartsWith(DueReminders.OnceKeyPrefix("mba-2026", "my-reasons"), key));
        Assert.DoesNotContain(DueReminders.OnceKeyPrefix("mba-2026", "my-reasons"), DueReminders.OnceKey("mba-2026", "my-reasons-2", DueOn)); // a submission withdraws its own assignment's only
    }
}
