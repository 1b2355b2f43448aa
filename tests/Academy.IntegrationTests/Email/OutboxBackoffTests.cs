using Academy.Web.Email;

namespace Academy.IntegrationTests.Email;

/// <summary>A message that failed waits before its next attempt: the first wait, doubled after each further failure, at most an hour.</summary>
public sealed class OutboxBackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)] // 3840 would be more than an hour
    [InlineData(30, 3600)]
    public void Each_failure_doubles_the_wait_up_to_an_hour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxSender.WaitAfter(attempts, TimeSpan.FromSeconds(30)));
}
