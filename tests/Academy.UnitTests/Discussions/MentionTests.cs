using Academy.Discussions.Notifying;

namespace Academy.UnitTests.Discussions;

public sealed class MentionTests
{
    [Theory]
    [InlineData("Thanks @Aino Virtanen!", true)]
    [InlineData("@aino virtanen what do you think", true)]
    [InlineData("Aino Virtanen without an at sign", false)]
    [InlineData("mail me at x@Aino Virtanen.example", false)]
    [InlineData("@Aino Virtaneniemi is someone else", false)]
    [InlineData("@@Aino Virtanen", false)]
    public void A_mention_is_the_full_display_name_after_an_at_sign(string markdown, bool mentioned) =>
        Assert.Equal(mentioned, DiscussionNotifications.IsMentioned(markdown, "Aino Virtanen"));
}
