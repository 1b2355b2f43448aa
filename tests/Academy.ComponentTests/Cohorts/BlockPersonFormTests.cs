using Academy.Cohorts.Messages;
using Academy.ComponentTests.Infrastructure;

namespace Academy.ComponentTests.Cohorts;

public sealed class BlockPersonFormTests : ComponentTest
{
    private IRenderedComponent<BlockPersonForm> RenderForm(bool blocked) => Render<BlockPersonForm>(parameters => parameters
        .Add(p => p.UserId, "u-ben").Add(p => p.Name, "Ben Berg").Add(p => p.Blocked, blocked).Add(p => p.ReturnUrl, "/messages/some-conversation"));

    [Fact]
    public void Blocking_says_what_it_does_then_sends_the_block_and_returns()
    {
        var rendered = RenderForm(blocked: false);

        Assert.Contains("will not be told", rendered.Find("details p").TextContent);
        Assert.Equal("Block Ben Berg", rendered.Find("button").TextContent);
        rendered.Find("form").Submit();

        Assert.Equal(new BlockPerson("u-ben", Block: true), Sent.Single<BlockPerson>());
        Assert.Equal("/messages/some-conversation", NavigatedTo);
    }

    [Fact]
    public void A_blocked_person_can_be_unblocked()
    {
        var rendered = RenderForm(blocked: true);

        Assert.Equal("You have blocked this person", rendered.Find("summary").TextContent);
        Assert.Equal("Unblock Ben Berg", rendered.Find("button").TextContent);
        rendered.Find("form").Submit();

        Assert.Equal(new BlockPerson("u-ben", Block: false), Sent.Single<BlockPerson>());
    }
}
