using Academy.Cohorts.Notifications.Sessions;

namespace Academy.UnitTests.Cohorts;

/// <summary>A live session is reminded of a day before and an hour before it starts; a job that missed the first sends only the second.</summary>
public sealed class SessionReminderWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-25 * 60, null)]
    [InlineData(-24 * 60, 24)]
    [InlineData(-61, 24)]
    [InlineData(-60, 1)]
    [InlineData(-1, 1)]
    [InlineData(0, null)] // started
    [InlineData(30, null)]
    public void The_reminder_due_is_the_shortest_lead_already_reached_until_the_start(int minutesFromStart, int? leadHours) =>
        Assert.Equal(leadHours is { } hours ? TimeSpan.FromHours(hours) : null, SessionReminders.DueLead(Start, Start.AddMinutes(minutesFromStart)));

    [Fact]
    public void A_moved_session_and_each_lead_are_reminders_of_their_own_under_the_sessions_prefix()
    {
        var keys = new[]
        {
            SessionReminders.OnceKey("s1", Start, SessionReminders.DayBefore), SessionReminders.OnceKey("s1", Start, SessionReminders.HourBefore),
            SessionReminders.OnceKey("s1", Start.AddHours(2), SessionReminders.DayBefore),
        };

        Assert.Equal(3, keys.Distinct().Count());
        Assert.All(keys, key => Assert.StartsWith(SessionReminders.OnceKeyPrefix("s1"), key));
    }
}
