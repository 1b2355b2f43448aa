using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Discussions;

public abstract class EditingAndDeletingPostsTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    [Fact]
    public async Task Authors_edit_with_history_and_delete_their_posts_and_nobody_else_can()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Edits", "First version.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        await ReplyAsync(cohort.Second, threadUrl, "A reply that stays.");

        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Second.GetAsync($"{threadUrl}/posts/1/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Second.GetAsync($"{threadUrl}/posts/1/delete")).Status);

        await cohort.First.SubmitAsync($"{threadUrl}/posts/1/edit", "edit-post", new Dictionary<string, string> { ["Input.Body"] = "Second version." });
        var history = await cohort.Second.GetAsync($"{threadUrl}/posts/1/history");
        Assert.Equal(["Current", "Original"], history.Document.QuerySelectorAll(".post-history h2").Select(h => h.FirstChild!.TextContent.Trim()));
        Assert.Contains("First version.", history.Text(".post-history"));

        var deleted = await cohort.First.SubmitAsync($"{threadUrl}/posts/1/delete", "delete-post", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        var thread = await cohort.Second.GetAsync(threadUrl + "?after=0");
        Assert.Equal("Deleted by author.", thread.Text("#post-1 .post-deleted"));
        Assert.Contains("A reply that stays.", thread.Text("#post-2"));
        Assert.DoesNotContain("Second version.", thread.Document.Body!.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEditingAndDeletingPostsTests(SqliteApp app) : EditingAndDeletingPostsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEditingAndDeletingPostsTests(PostgresApp app) : EditingAndDeletingPostsTests<PostgresApp>(app);
