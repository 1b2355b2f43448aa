using System.Net;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Discussions;

public abstract class ComposerTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    [Fact]
    public async Task Bad_input_gets_a_message_beside_the_field_and_keeps_the_text()
    {
        var cohort = await CohortOfTwoAsync();
        var tooLong = new string('x', 20_001);

        var noTitle = await cohort.First.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = " ", ["Input.Body"] = "My carefully written text" });
        var longTitle = await cohort.First.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = new string('t', 201), ["Input.Body"] = "Body" });
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Fine", "Fine.");
        var emptyReply = await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", "   ");
        var longReply = await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", tooLong);

        Assert.Contains("Give the thread a title", noTitle.FieldError("thread-title"));
        Assert.Equal("My carefully written text", noTitle.Document.QuerySelector("#thread-body")!.TextContent);
        Assert.Contains("200 characters", longTitle.FieldError("thread-title"));
        Assert.Contains("Write something first", emptyReply.FieldError("reply-body"));
        Assert.Contains("20,000 characters", longReply.FieldError("reply-body"));
        Assert.Equal(tooLong, longReply.Document.QuerySelector("#reply-body")!.TextContent);
        Assert.Equal("Fine", longReply.Heading); // a refused reply is shown in its thread, which the post itself did not read
        Assert.NotNull(longReply.Document.QuerySelector("#post-1"));
    }

    [Fact]
    public async Task A_locked_thread_refuses_replies_with_its_reason_and_keeps_the_text()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Soon locked", "Before the lock.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        var openPage = await cohort.Second.GetAsync(threadUrl);
        await App.WithDbAsync(async db =>
        {
            var thread = await db.Threads.SingleAsync(t => t.CohortSlug == cohort.Slug && t.Number == number);
            thread.Lock("The session has ended; continue in module 4.");
            return await db.SaveChangesAsync();
        });

        var refused = await cohort.Second.SubmitAsync(openPage, "reply", new Dictionary<string, string> { ["Input.Body"] = "Typed before the lock" });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("The session has ended; continue in module 4.", refused.Text("#reply"));
        Assert.Equal(1, await App.WithDbAsync(db => db.Posts.CountAsync(p => p.ThreadId == db.Set<Academy.Discussions.Domain.DiscussionThread>().Single(t => t.CohortSlug == cohort.Slug && t.Number == number).Id)));
    }

    [Fact]
    public async Task Posting_faster_than_ten_a_minute_gets_a_clear_message_not_an_error_page()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Fast", "Post 1.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        for (var i = 2; i <= 10; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ReplyAsync(cohort.First, threadUrl, $"Post {i}.")).Status);
        }

        var eleventh = await ReplyAsync(cohort.First, threadUrl, "Post 11.");

        Assert.Equal(HttpStatusCode.OK, eleventh.Status);
        Assert.Contains("in the last minute", eleventh.Text("[role=alert]"));
        Assert.Equal("Post 11.", eleventh.Document.QuerySelector("#reply-body")!.TextContent);
    }

    [Fact]
    public async Task A_draft_saved_while_typing_comes_back_after_a_reload_and_goes_once_posted()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Drafts", "Opening.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        var page = await cohort.Second.GetAsync(threadUrl);
        var token = page.Document.QuerySelector("form[data-composer] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var saved = await cohort.Second.Http.PostAsync($"/cohorts/{cohort.Slug}/discussions/drafts", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["place"] = $"thread:{number}", ["body"] = "Half a thought about **bridges**",
        }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var forged = await cohort.Second.Http.PostAsync($"/cohorts/{cohort.Slug}/discussions/drafts",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["place"] = $"thread:{number}", ["body"] = "no token" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var reloaded = await cohort.Second.GetAsync(threadUrl);
        Assert.Equal("Half a thought about **bridges**", reloaded.Document.QuerySelector("#reply-body")!.TextContent);
        Assert.Contains("restored", reloaded.Text("[data-draft-status]"));
        Assert.Equal(string.Empty, (await cohort.First.GetAsync(threadUrl)).Document.QuerySelector("#reply-body")!.TextContent); // drafts are personal

        var preview = await cohort.Second.Http.PostAsync($"/cohorts/{cohort.Slug}/discussions/preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["body"] = "**bold** [x](javascript:alert(1))",
        }));
        Assert.Equal("<p><strong>bold</strong> x</p>\n", await preview.Content.ReadAsStringAsync());

        await ReplyAsync(cohort.Second, threadUrl, "Half a thought about **bridges**, finished.");
        Assert.Equal(string.Empty, (await cohort.Second.GetAsync(threadUrl)).Document.QuerySelector("#reply-body")!.TextContent);
    }

    [Fact]
    public async Task Hostile_markdown_in_a_real_post_reaches_the_page_without_anything_executable()
    {
        var cohort = await CohortOfTwoAsync();
        var body = "[click](javascript:alert(1)) <script>alert(2)</script> <img src=x onerror=alert(3)> [x](&#106;avascript:alert(4))";
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "<script>alert('title')</script>", body);

        var page = await cohort.Second.GetAsync($"/cohorts/{cohort.Slug}/discussions/{number}");

        Assert.Empty(page.Document.QuerySelectorAll("main script:not([src^='/_content/Academy.Discussions/']), main img, main [onerror], main a[href^='javascript']"));
        Assert.Equal("<script>alert('title')</script>", page.Heading);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteComposerTests(SqliteApp app) : ComposerTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresComposerTests(PostgresApp app) : ComposerTests<PostgresApp>(app);
