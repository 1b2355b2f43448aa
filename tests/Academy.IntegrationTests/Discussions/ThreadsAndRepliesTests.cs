using System.Net;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Discussions;

public abstract class ThreadsAndRepliesTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    [Fact]
    public async Task The_same_form_sent_twice_at_once_starts_one_thread_and_posts_one_reply()
    {
        var cohort = await CohortOfTwoAsync();
        var newThread = await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions/new?space=lounge");
        var starts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => cohort.First.SubmitAsync(newThread, "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Clicked twice", ["Input.Body"] = "Only once, please." })));
        Assert.All(starts, start => Assert.Equal(HttpStatusCode.Redirect, start.Status));
        Assert.Single(starts.Select(start => start.RedirectedTo).Distinct());
        var threadUrl = starts[0].RedirectedTo!.Split('?')[0];

        var threadPage = await cohort.Second.GetAsync(threadUrl);
        var replies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => cohort.Second.SubmitAsync(threadPage, "reply",
            new Dictionary<string, string> { ["Input.Body"] = "Said once." })));
        Assert.All(replies, reply => Assert.Equal(HttpStatusCode.Redirect, reply.Status));

        var (threads, posts) = await App.WithDbAsync(async db => (
            await db.Threads.CountAsync(t => t.CohortSlug == cohort.Slug && t.Title == "Clicked twice"),
            await db.Posts.CountAsync(p => p.BodyMarkdown == "Said once." && db.Set<Academy.Discussions.Domain.DiscussionThread>().Any(t => t.Id == p.ThreadId && t.CohortSlug == cohort.Slug))));
        Assert.Equal((1, 1), (threads, posts));

        // A new form is a new post.
        await ReplyAsync(cohort.Second, threadUrl, "Said once.");
        Assert.Equal(2, await App.WithDbAsync(db => db.Posts.CountAsync(p => p.BodyMarkdown == "Said once." && db.Set<Academy.Discussions.Domain.DiscussionThread>().Any(t => t.Id == p.ThreadId && t.CohortSlug == cohort.Slug))));
    }

    [Fact]
    public async Task Every_cohort_has_announcements_a_lounge_and_a_space_per_module_with_its_prompts_pinned()
    {
        var cohort = await CohortOfTwoAsync();

        var page = await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var spaces = page.Document.QuerySelectorAll("section.space h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(9, spaces.Count);
        Assert.Equal(["Announcements", "Lounge", "Module 1: Why leaders should engage personally"], spaces.Take(3));
        var moduleThree = await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions?space=networks-over-teams");
        Assert.Contains(moduleThree.Document.QuerySelectorAll(".thread-row .badge"), badge => badge.TextContent == "Pinned");
        Assert.Empty(page.Document.QuerySelectorAll("#space-announcements ~ a.button, section.space:first-of-type a.button"));
    }

    [Fact]
    public async Task Two_learners_hold_a_conversation_with_sub_replies_quotes_and_permalinks()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Distraction or dashboard?", "My feed is **mostly noise**.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";

        var reply = await ReplyAsync(cohort.Second, threadUrl, "Mine too, until I filtered it.");
        Assert.EndsWith($"{threadUrl}?at=2#post-2", reply.RedirectedTo);
        await ReplyAsync(cohort.First, $"{threadUrl}?replyTo=2", "How did you filter?", new Dictionary<string, string> { ["Input.ParentSequence"] = "2" });
        var quoting = await cohort.Second.GetAsync($"{threadUrl}?at=1&quote=1");
        Assert.StartsWith("> **Aino Example** [wrote]", quoting.Document.QuerySelector("#reply-body")!.TextContent);
        await ReplyAsync(cohort.Second, threadUrl, quoting.Document.QuerySelector("#reply-body")!.TextContent + "Lists, mostly.",
            new Dictionary<string, string> { ["Input.QuotedSequence"] = "1" });

        var thread = await cohort.First.GetAsync(threadUrl + "?after=0");
        var posts = thread.Document.QuerySelectorAll("ol.posts > li");
        Assert.Equal(4, posts.Length);
        Assert.Contains("sub-reply", posts[2].ClassName); // post 3 sits under post 2
        Assert.Contains("in reply to", posts[2].TextContent);
        Assert.NotNull(thread.Document.QuerySelector("#post-4 blockquote a[href$='#post-1']"));
        Assert.Equal("mostly noise", thread.Document.QuerySelector("#post-1 .prose strong")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await cohort.Second.GetAsync($"{threadUrl}?at=3")).Status);
    }

    [Fact]
    public async Task New_counts_are_exact_and_opening_the_thread_reads_them()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Counting", "One.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        await ReplyAsync(cohort.Second, threadUrl, "My own reply is not news to me.");
        await ReplyAsync(cohort.First, threadUrl, "Three.");
        await ReplyAsync(cohort.First, threadUrl, "Four.");

        var lounge = await cohort.Second.GetAsync($"/cohorts/{cohort.Slug}/discussions?space=lounge");
        var row = lounge.Document.QuerySelectorAll(".thread-row").Single(r => r.TextContent.Contains("Counting"));
        Assert.Equal("2 new", row.QuerySelector(".badge.new")!.TextContent);
        Assert.EndsWith("?at=3#post-3", row.QuerySelector("a.thread-title")!.GetAttribute("href"));

        await cohort.Second.GetAsync(threadUrl);
        lounge = await cohort.Second.GetAsync($"/cohorts/{cohort.Slug}/discussions?space=lounge");
        Assert.Empty(lounge.Document.QuerySelectorAll(".thread-row .badge.new"));
    }

    [Fact]
    public async Task A_reply_post_takes_at_most_nine_database_commands_its_notifications_and_their_e_mail_choices_included()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Within budget", "Who follows this?");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        await ReplyAsync(cohort.Second, threadUrl, "I do, since I replied.");

        // An answer to the second person's post, written long enough for the composer to keep a draft of it: the reply
        // discards the draft and tells the second person, and both are in the count.
        var composer = await cohort.First.GetAsync($"{threadUrl}?replyTo=2");
        var token = composer.Document.QuerySelector("form[data-composer] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var draft = await cohort.First.Http.PostAsync($"/cohorts/{cohort.Slug}/discussions/drafts", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["place"] = $"thread:{number}", ["body"] = "Then you hear",
        }));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var reply = await cohort.First.SubmitAsync(composer, "reply", new Dictionary<string, string>
        {
            ["Input.Body"] = "Then you hear of this one.", ["Input.ParentSequence"] = "2",
        });

        Assert.Equal(HttpStatusCode.Redirect, reply.Status);
        // The ninth: whether the people notified want an e-mail of it now (their choices, in one query), before the one save.
        Assert.True(reply.DbCommands is > 0 and <= 9, $"The reply took {reply.DbCommands} database commands.");
        Assert.Equal(0, await App.WithDbAsync(db => db.Drafts.CountAsync(d => d.Place == $"thread:{number}" && d.CohortSlug == cohort.Slug)));
        Assert.Equal(["Aino Example replied to your post in “Within budget”"],
            await App.WithDbAsync(db => db.Notifications.Where(n => n.UserId == cohort.SecondId).Select(n => n.Text).ToListAsync()));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(500)]
    public async Task A_thread_page_runs_at_most_four_database_commands_whatever_its_length(int posts)
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, $"Long thread {posts}", "Post 1.");
        await App.WithDbAsync(async db =>
        {
            var thread = await db.Threads.SingleAsync(t => t.CohortSlug == cohort.Slug && t.Number == number);
            var author = new Academy.Discussions.Domain.Author(cohort.SecondId, "Mikko Example");
            for (var i = 2; i <= posts; i++)
            {
                thread.AddReply(author, new Academy.Discussions.Domain.RenderedPost($"Post {i}.", $"<p>Post {i}.</p>"),
                    i % 5 == 0 ? i - 1 : null, null, DateTimeOffset.UtcNow);
            }

            return await db.SaveChangesAsync();
        });
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";

        var first = await cohort.First.GetAsync(threadUrl);
        var again = await cohort.First.GetAsync(threadUrl);
        var middle = await cohort.First.GetAsync($"{threadUrl}?at={posts / 2}");

        Assert.InRange(first.DbCommands, 1, 4);
        Assert.InRange(again.DbCommands, 1, 4);
        Assert.InRange(middle.DbCommands, 1, 4);
        Assert.NotNull(middle.Document.QuerySelector($"#post-{posts / 2}"));
        // A permalink opens three top-level posts before the one its post belongs under (every fifth post is a sub-reply).
        var topLevelUpToTarget = Enumerable.Range(1, posts / 2 % 5 == 0 ? posts / 2 - 1 : posts / 2).Where(sequence => sequence % 5 != 0).ToList();
        Assert.Equal($"post-{topLevelUpToTarget[Math.Max(0, topLevelUpToTarget.Count - 4)]}", middle.Document.QuerySelector("ol.posts > li article")!.Id);
        if (posts > 20)
        {
            var topLevel = first.Document.QuerySelectorAll("ol.posts > li:not(.sub-reply)").Length;
            Assert.Equal(20, topLevel);
            var more = first.Document.QuerySelector(".load-more a")!.GetAttribute("href")!;
            var next = await cohort.First.GetAsync(more);
            var firstOnNext = int.Parse(next.Document.QuerySelector("ol.posts > li article")!.Id!["post-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var lastOnFirst = first.Document.QuerySelectorAll("ol.posts > li article").Max(a => int.Parse(a.Id!["post-".Length..], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(lastOnFirst + 1, firstOnNext);
            Assert.InRange(next.DbCommands, 1, 4);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteThreadsAndRepliesTests(SqliteApp app) : ThreadsAndRepliesTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresThreadsAndRepliesTests(PostgresApp app) : ThreadsAndRepliesTests<PostgresApp>(app);
