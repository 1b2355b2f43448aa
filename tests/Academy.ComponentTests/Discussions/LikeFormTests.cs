using Academy.ComponentTests.Infrastructure;
using Academy.Discussions.Reactions;
using Academy.Shared.Errors;
using Microsoft.AspNetCore.Components;

namespace Academy.ComponentTests.Discussions;

/// <summary>The thread page's one like form, and the button each post renders for it.</summary>
public sealed class LikeFormTests : ComponentTest
{
    private IRenderedComponent<LikeForm> RenderForm() =>
        Render<LikeForm>(parameters => parameters.Add(p => p.CohortSlug, "mba-2026").Add(p => p.ThreadNumber, 7));

    private AngleSharp.Dom.IElement RenderButton(bool liked) =>
        Render<ButtonHost>(parameters => parameters.Add(p => p.Content, LikeForm.Button(4, liked, "Like", "Liked"))).Find("button");

    [Fact]
    public void A_post_not_yet_liked_offers_a_like_that_is_not_pressed_and_submits_the_pages_like_form()
    {
        var button = RenderButton(liked: false);

        Assert.Equal(("Like", "false", false), (button.TextContent, button.GetAttribute("aria-pressed"), button.ClassList.Contains("liked")));
        Assert.Equal((LikeForm.FormId, "like", "like-4"), (button.GetAttribute("form"), button.GetAttribute("name"), button.GetAttribute("value")));
        Assert.Equal(LikeForm.FormId, RenderForm().Find("form").Id);
    }

    [Fact]
    public void Liking_sends_the_like_of_the_post_whose_button_was_pressed_and_goes_back_to_it()
    {
        Post(LikeForm.FormId, ("like", "like-4"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal(new LikePost("mba-2026", 7, 4, Like: true), Sent.Single<LikePost>());
        Assert.Equal("/cohorts/mba-2026/discussions/7?at=4#post-4", NavigatedTo);
    }

    [Fact]
    public void A_liked_post_shows_the_pressed_button_and_takes_the_like_back()
    {
        var button = RenderButton(liked: true);
        Assert.Equal(("Liked", "true", true, "unlike-4"),
            (button.TextContent, button.GetAttribute("aria-pressed"), button.ClassList.Contains("liked"), button.GetAttribute("value")));

        Post(LikeForm.FormId, ("like", "unlike-4"));
        RenderForm().Find("form").Submit();

        Assert.Equal(new LikePost("mba-2026", 7, 4, Like: false), Sent.Single<LikePost>());
        Assert.Equal("/cohorts/mba-2026/discussions/7?at=4#post-4", NavigatedTo);
    }

    [Fact]
    public void A_refused_like_is_not_taken_for_a_success()
    {
        Sent.Refuse<LikePost>(new NotFoundException("Post 7/4 cannot be liked by this member."));
        Post(LikeForm.FormId, ("like", "like-4"));
        var form = RenderForm();

        var refusal = Assert.Throws<NotFoundException>(() => form.Find("form").Submit());

        Assert.Equal("Post 7/4 cannot be liked by this member.", refusal.Message);
        Assert.Null(NavigatedTo);
    }

    [Fact]
    public void A_value_no_button_sends_asks_for_post_0_which_no_thread_has()
    {
        Post(LikeForm.FormId, ("like", "love-4"));
        var form = RenderForm();

        form.Find("form").Submit();

        Assert.Equal(new LikePost("mba-2026", 7, 0, Like: true), Sent.Single<LikePost>());
    }

    /// <summary>Renders a fragment, as the post that shows the button does.</summary>
    private sealed class ButtonHost : ComponentBase
    {
        [Parameter] public RenderFragment? Content { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) => builder.AddContent(0, Content);
    }
}
