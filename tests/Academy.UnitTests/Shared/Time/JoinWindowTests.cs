using Academy.Shared.Time;

namespace Academy.UnitTests.Shared.Time;

public sealed class JoinWindowTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 15, 13, 15, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddHours(1);

    [Theory]
    [InlineData(-16 * 60, false)]
    [InlineData(-15 * 60 - 1, false)]
    [InlineData(-15 * 60, true)]
    [InlineData(0, true)]
    [InlineData(60 * 60 - 1, true)]
    [InlineData(60 * 60, false)]
    public void The_window_opens_fifteen_minutes_before_the_start_and_closes_at_the_end(int secondsFromStart, bool open) =>
        Assert.Equal(open, JoinWindow.IsOpen(Start, End, isCancelled: false, Start.AddSeconds(secondsFromStart)));

    [Fact]
    public void A_cancelled_session_never_opens() => Assert.False(JoinWindow.IsOpen(Start, End, isCancelled: true, Start));
}
