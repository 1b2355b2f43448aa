using Academy.ComponentTests.Infrastructure;
using Academy.Discussions.Domain;
using Academy.Discussions.Threads.ViewThread;

namespace Academy.ComponentTests.Discussions;

/// <summary>What a reader may do with one post of a thread (ThreadPost, which the thread page renders for each post).</summary>
public sealed class ThreadPostTests : ComponentTest
{
    private const string Path = "/cohorts/mba-2026/discussions/7";

    private static ThreadView Thread(string viewer, bool moderator = false, bool locked = false) =>
        new("mba-2026", "MBA 2026", 7, "Radar charts", "general", "General", IsPinned: false, IsLocked: locked, LockReason: null, ReplyCount: 3,
            IsModerator: moderator, CurrentUserId: viewer, FirstUnread: null, Posts: [], LoadMoreAfter: null, StartsAtBeginning: true, DraftBody: null,
            FollowLevel: FollowLevel.Normal);

    private static PostView Post(string author = "ada", string? hiddenReason = null, bool deleted = false, int likes = 0, bool likedByMe = false) =>
        new(4, null, author, "Ada Lovelace", "<p>The radar matters.</p>", new DateTimeOffset(2026, 5, 4, 9, 30, 0, TimeSpan.Zero), null, deleted, null,
            hiddenReason, likes, likedByMe);

    private IRenderedComponent<ThreadPost> RenderPost(ThreadView thread, PostView post) =>
        Render<ThreadPost>(parameters => parameters.Add(p => p.Thread, thread).Add(p => p.Post, post));

    private static List<(string Text, string? Href)> Links(IRenderedComponent<ThreadPost> post) =>
        post.FindAll("footer.post-actions a").Select(link => (link.TextContent, link.GetAttribute("href"))).ToList();

    [Fact]
    public void The_author_may_reply_quote_edit_and_delete_but_not_like_or_flag_their_own_post()
    {
        var post = RenderPost(Thread(viewer: "ada"), Post(author: "ada"));

        Assert.Equal(
        [
            ("Reply", $"{Path}?at=4&replyTo=4#reply"),
            ("Quote", $"{Path}?at=4&quote=4#reply"),
            ("Edit", $"{Path}/posts/4/edit"),
            ("Delete", $"{Path}/posts/4/delete"),
        ], Links(post));
        Assert.Empty(post.FindAll("footer.post-actions button.like"));
    }

    [Fact]
    public void Another_learner_may_like_reply_quote_and_flag_but_not_edit_delete_or_hide()
    {
        var post = RenderPost(Thread(viewer: "grace"), Post(author: "ada"));

        Assert.Equal(
        [
            ("Reply", $"{Path}?at=4&replyTo=4#reply"),
            ("Quote", $"{Path}?at=4&quote=4#reply"),
            ("Flag", $"{Path}/posts/4/flag"),
        ], Links(post));
        Assert.Equal("Like", post.Find("footer.post-actions button.like").TextContent);
    }

    [Fact]
    public void A_moderator_may_also_hide_another_members_post()
    {
        var post = RenderPost(Thread(viewer: "prof", moderator: true), Post(author: "ada"));

        Assert.Equal(
        [
            ("Reply", $"{Path}?at=4&replyTo=4#reply"),
            ("Quote", $"{Path}?at=4&quote=4#reply"),
            ("Flag", $"{Path}/posts/4/flag"),
            ("Hide", $"{Path}/posts/4/moderate"),
        ], Links(post));
        Assert.Single(post.FindAll("footer.post-actions button.like"));
    }

    [Fact]
    public void A_moderator_may_edit_delete_and_hide_their_own_post()
    {
        var post = RenderPost(Thread(viewer: "prof", moderator: true), Post(author: "prof"));

        Assert.Equal(
        [
            ("Reply", $"{Path}?at=4&replyTo=4#reply"),
            ("Quote", $"{Path}?at=4&quote=4#reply"),
            ("Edit", $"{Path}/posts/4/edit"),
            ("Delete", $"{Path}/posts/4/delete"),
            ("Hide", $"{Path}/posts/4/moderate"),
        ], Links(post));
    }

    [Fact]
    public void On_a_locked_thread_nobody_is_offered_reply_or_quote()
    {
        var post = RenderPost(Thread(viewer: "grace", locked: true), Post(author: "ada"));

        Assert.Equal([("Flag", $"{Path}/posts/4/flag")], Links(post));
    }

    [Fact]
    public void The_like_count_links_to_who_liked_the_post_and_the_like_shows_as_pressed()
    {
        var post = RenderPost(Thread(viewer: "grace"), Post(author: "ada", likes: 3, likedByMe: true));

        Assert.Contains(("3 likes", $"{Path}/posts/4/likes"), Links(post));
        Assert.Equal("Liked", post.Find("footer.post-actions button.like").TextContent);
    }

    [Fact]
    public void A_single_like_is_counted_in_the_singular()
    {
        var post = RenderPost(Thread(viewer: "ada"), Post(author: "ada", likes: 1));

        Assert.Contains(("1 like", $"{Path}/posts/4/likes"), Links(post));
    }

    [Fact]
    public void A_hidden_post_shows_a_learner_only_the_moderators_reason_and_no_actions()
    {
        var post = RenderPost(Thread(viewer: "grace"), Post(author: "ada", hiddenReason: "Personal data"));

        Assert.Equal("Hidden by a moderator: Personal data", post.Find(".post-deleted").TextContent);
        Assert.Empty(post.FindAll("footer.post-actions"));
        Assert.Empty(post.FindAll(".prose"));
    }

    [Fact]
    public void A_moderator_sees_a_hidden_post_with_its_reason_and_may_show_it_again_but_not_like_it()
    {
        var post = RenderPost(Thread(viewer: "prof", moderator: true), Post(author: "ada", hiddenReason: "Personal data"));

        Assert.Equal("Hidden from the cohort: Personal data", post.Find(".notice").TextContent);
        Assert.Equal("<p>The radar matters.</p>", post.Find(".prose").InnerHtml);
        Assert.Equal(("Show again", $"{Path}/posts/4/moderate"), Links(post).Last());
        Assert.Empty(post.FindAll("footer.post-actions button.like"));
    }

    [Fact]
    public void A_deleted_post_says_so_and_offers_nothing_even_to_its_author()
    {
        var post = RenderPost(Thread(viewer: "ada", moderator: true), Post(author: "ada", deleted: true));

        Assert.Equal("Deleted by author.", post.Find(".post-deleted").TextContent);
        Assert.Empty(post.FindAll("footer.post-actions"));
    }
}
