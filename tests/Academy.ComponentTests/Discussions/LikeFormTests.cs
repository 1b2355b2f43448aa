using Academy.ComponentTests.Infrastructure;
using Academy.Discussions.Reactions;
using Academy.Shared.Errors;

namespace Academy.ComponentTests.Discussions;

public sealed class LikeFormTests : ComponentTest
{
    [Fact]
    public void A_post_not_yet_liked_offers_a_like_that_is_not_pressed()
    {
        var form = Render<LikeForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7).Add(p => p.Sequence, 4));

        var button = form.Find("button");

        Assert.Equal(("Like", "false"), (button.TextContent, button.GetAttribute("aria-pressed")));
        Assert.False(button.ClassList.Contains("liked"));
    }

    [Fact]
    public void Liking_sends_the_like_and_goes_back_to_the_post()
    {
        var form = Render<LikeForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7).Add(p => p.Sequence, 4));

        form.Find("form").Submit();

        Assert.Equal(new LikePost("mba-2026", 7, 4, Like: true), Sent.Single<LikePost>());
        Assert.Equal("/cohorts/mba-2026/discussions/7?at=4#post-4", NavigatedTo);
    }

    [Fact]
    public void A_liked_post_shows_the_pressed_button_and_takes_the_like_back()
    {
        var form = Render<LikeForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7).Add(p => p.Sequence, 4)
            .Add(p => p.Liked, true));
        var button = form.Find("button");
        Assert.Equal(("Liked", "true", true), (button.TextContent, button.GetAttribute("aria-pressed"), button.ClassList.Contains("liked")));

        form.Find("form").Submit();

        Assert.Equal(new LikePost("mba-2026", 7, 4, Like: false), Sent.Single<LikePost>());
        Assert.Equal("/cohorts/mba-2026/discussions/7?at=4#post-4", NavigatedTo);
    }

    [Fact]
    public void A_refused_like_is_not_taken_for_a_success()
    {
        Sent.Refuse<LikePost>(new NotFoundException("Post 7/4 cannot be liked by this member."));
        var form = Render<LikeForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7).Add(p => p.Sequence, 4));

        var refusal = Assert.Throws<NotFoundException>(() => form.Find("form").Submit());

        Assert.Equal("Post 7/4 cannot be liked by this member.", refusal.Message);
        Assert.Null(NavigatedTo);
    }
}
