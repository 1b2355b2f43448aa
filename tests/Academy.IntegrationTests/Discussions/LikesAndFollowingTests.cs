using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Discussions;

public abstract class LikesAndFollowingTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    [Fact]
    public async Task Members_like_each_others_posts_with_counts_and_names_and_can_take_it_back()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Likes", "Like me.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";

        Assert.Empty((await cohort.First.GetAsync(threadUrl)).Document.QuerySelectorAll("#post-1 button.like")); // not one's own post
        // The thread's one like form; the button pressed names the post.
        await cohort.Second.SubmitAsync(threadUrl, "like-posts", new Dictionary<string, string> { ["like"] = "like-1" });

        var page = await cohort.First.GetAsync(threadUrl + "?after=0");
        Assert.Equal("1 like", page.Text("#post-1 a[href$='/likes']"));
        Assert.Equal("Mikko Example", (await cohort.First.GetAsync($"{threadUrl}/posts/1/likes")).Text("main li"));
        Assert.Equal("true", (await cohort.Second.GetAsync(threadUrl + "?after=0")).Document.QuerySelector("#post-1 button.like")!.GetAttribute("aria-pressed"));

        Assert.Equal("unlike-1", (await cohort.Second.GetAsync(threadUrl + "?after=0")).Document.QuerySelector("#post-1 button.like")!.GetAttribute("value"));
        await cohort.Second.SubmitAsync(threadUrl + "?after=0", "like-posts", new Dictionary<string, string> { ["like"] = "unlike-1" });
        Assert.Empty((await cohort.First.GetAsync(threadUrl + "?after=0")).Document.QuerySelectorAll("#post-1 a[href$='/likes']"));
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            App.SendAsAsync(cohort.FirstId, new Academy.Discussions.Reactions.LikePost(cohort.Slug, number, 1, true)));
    }

    [Fact]
    public async Task Watching_hears_of_every_post_muting_silences_the_thread_and_mark_all_read_clears_the_counts()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Following", "Opening.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        await cohort.Second.SubmitAsync(threadUrl, "follow", new Dictionary<string, string> { ["FollowLevel"] = "Watching" });
        await ReplyAsync(cohort.First, threadUrl, "A second post by the author.");
        Assert.Contains("Aino Example posted in “Following”", (await cohort.Second.GetAsync("/notifications")).Text(".notifications"));

        await cohort.First.SubmitAsync(threadUrl, "follow", new Dictionary<string, string> { ["FollowLevel"] = "Muted" });
        Assert.Equal("Muted", (await cohort.First.GetAsync(threadUrl)).Document.QuerySelector("#follow-level option[selected]")!.GetAttribute("value"));
        await ReplyAsync(cohort.Second, threadUrl, "A reply the muted author will not hear about.");
        Assert.Empty((await cohort.First.GetAsync("/notifications")).Document.QuerySelectorAll(".notifications li"));

        var lounge = await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions?space=lounge");
        Assert.NotEmpty(lounge.Document.QuerySelectorAll(".thread-row .badge.new"));
        await cohort.First.SubmitAsync(lounge, "mark-all-read", new Dictionary<string, string>());
        var overview = await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions");
        Assert.Empty(overview.Document.QuerySelectorAll(".thread-row .badge.new"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteLikesAndFollowingTests(SqliteApp app) : LikesAndFollowingTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLikesAndFollowingTests(PostgresApp app) : LikesAndFollowingTests<PostgresApp>(app);
