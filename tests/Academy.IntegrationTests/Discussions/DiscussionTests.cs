using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Discussions;

public abstract class DiscussionTests<TApp>(TApp app) where TApp : AcademyApp
{
    private sealed record Cohort(string Slug, AcademyClient First, string FirstId, AcademyClient Second, string SecondId);

    /// <summary>A fresh cohort with two learners, each signed in on their own client.</summary>
    private async Task<Cohort> CohortOfTwoAsync()
    {
        var (first, firstId) = await app.NewLearnerAsync("Aino Example");
        var (second, secondId) = await app.NewLearnerAsync("Mikko Example");
        var slug = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(firstId, CohortRole.Learner), (secondId, CohortRole.Learner)]);
        return new Cohort(slug, first, firstId, second, secondId);
    }

    private static async Task<int> StartThreadAsync(AcademyClient client, string cohort, string title, string body, string space = "lounge")
    {
        var result = await client.SubmitAsync($"/cohorts/{cohort}/discussions/new?space={space}", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = body });
        Assert.True(result.Status == HttpStatusCode.Redirect, result.Text("[role=alert], .field-error"));
        return int.Parse(result.RedirectedTo!.Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

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

        var (threads, posts) = await app.WithDbAsync(async db => (
            await db.Threads.CountAsync(t => t.CohortSlug == cohort.Slug && t.Title == "Clicked twice"),
            await db.Posts.CountAsync(p => p.BodyMarkdown == "Said once." && db.Threads.Any(t => t.Id == p.ThreadId && t.CohortSlug == cohort.Slug))));
        Assert.Equal((1, 1), (threads, posts));

        // A new form is a new post.
        await ReplyAsync(cohort.Second, threadUrl, "Said once.");
        Assert.Equal(2, await app.WithDbAsync(db => db.Posts.CountAsync(p => p.BodyMarkdown == "Said once." && db.Threads.Any(t => t.Id == p.ThreadId && t.CohortSlug == cohort.Slug))));
    }

    private static Task<Page> ReplyAsync(AcademyClient client, string threadUrl, string body, IDictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Body"] = body };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        return client.SubmitAsync(threadUrl, "reply", fields);
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
    }

    [Fact]
    public async Task A_locked_thread_refuses_replies_with_its_reason_and_keeps_the_text()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Soon locked", "Before the lock.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        var openPage = await cohort.Second.GetAsync(threadUrl);
        await app.WithDbAsync(async db =>
        {
            var thread = await db.Threads.SingleAsync(t => t.CohortSlug == cohort.Slug && t.Number == number);
            thread.Lock("The session has ended; continue in module 4.");
            return await db.SaveChangesAsync();
        });

        var refused = await cohort.Second.SubmitAsync(openPage, "reply", new Dictionary<string, string> { ["Input.Body"] = "Typed before the lock" });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("The session has ended; continue in module 4.", refused.Text("#reply"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Posts.CountAsync(p => p.ThreadId == db.Threads.Single(t => t.CohortSlug == cohort.Slug && t.Number == number).Id)));
    }

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
    public async Task Members_of_other_cohorts_and_visitors_find_nothing_at_any_discussion_address()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Private to the cohort", "Only for us.");
        var (outsider, outsiderId) = await app.NewLearnerAsync("Outside Learner");
        await app.NewCohortAsync(Arrange.Today, members: (outsiderId, CohortRole.Learner));
        using var visitor = app.CreateAcademyClient();
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        string[] urls =
        [
            $"/cohorts/{cohort.Slug}/discussions", $"/cohorts/{cohort.Slug}/discussions?space=lounge", $"/cohorts/{cohort.Slug}/discussions/new?space=lounge",
            threadUrl, $"{threadUrl}?quote=1", $"{threadUrl}/posts/1/history", $"{threadUrl}/posts/1/edit", $"{threadUrl}/posts/1/delete",
            $"{threadUrl}/posts/1/flag", $"{threadUrl}/events",
        ];

        foreach (var url in urls)
        {
            Assert.True(HttpStatusCode.NotFound == (await outsider.GetAsync(url)).Status, url);
            var visit = (await visitor.GetAsync(url)).Status;
            // Pages send visitors to sign in; the event stream is an API endpoint, which .NET 10 answers with 401
            // instead of a redirect, and the status-code page shows that as not found.
            Assert.True(visit == HttpStatusCode.Redirect || (url.EndsWith("/events", StringComparison.Ordinal) && visit == HttpStatusCode.NotFound), url);
        }

        var outsiderForm = await outsider.GetAsync($"/cohorts/{cohort.Slug}/discussions/new?space=lounge");
        Assert.DoesNotContain("Only for us", outsiderForm.Document.Body!.TextContent);

        // The script endpoints refuse outsiders too, even with a valid antiforgery token of their own.
        var ownToken = (await outsider.GetAsync("/notifications")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var path in new[] { "drafts", "preview" })
        {
            var response = await outsider.Http.PostAsync($"/cohorts/{cohort.Slug}/discussions/{path}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = ownToken, ["place"] = $"thread:{number}", ["body"] = "sneaking in",
            }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_cohorts_instructor_and_an_admin_read_and_write_its_discussions()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "For the teachers", "Hello.");
        using var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        var (instructor, instructorId) = await app.NewLearnerAsync("Teaching Person");
        await app.NewCohortMembershipAsync(cohort.Slug, instructorId, CohortRole.Instructor);

        var byAdmin = await ReplyAsync(admin, $"/cohorts/{cohort.Slug}/discussions/{number}", "An admin was here.");
        var announcement = await StartThreadAsync(instructor, cohort.Slug, "Welcome", "Read module 1 first.", space: "announcements");

        Assert.Equal(HttpStatusCode.Redirect, byAdmin.Status);
        Assert.True(announcement > number);
        var learnerTry = await cohort.First.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/new?space=announcements", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Not allowed", ["Input.Body"] = "Learners reply here, they do not start." });
        Assert.Contains("Only instructors start threads", learnerTry.Text("[role=alert]"));
    }

    [Fact]
    public async Task The_instructor_pins_locks_hides_and_resolves_flags_and_every_action_is_logged()
    {
        var cohort = await CohortOfTwoAsync();
        var (instructor, instructorId) = await app.NewLearnerAsync("Teaching Person");
        await app.NewCohortMembershipAsync(cohort.Slug, instructorId, CohortRole.Instructor);
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Moderated", "Opening post.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        await ReplyAsync(cohort.Second, threadUrl, "A post that breaks the rules.");

        var flagged = await cohort.First.SubmitAsync($"{threadUrl}/posts/2/flag", "flag-post", new Dictionary<string, string> { ["Input.Reason"] = "Personal attack" });
        Assert.Contains("instructors will look", flagged.Text("[role=status]"));
        var queue = await instructor.GetAsync($"/cohorts/{cohort.Slug}/discussions/moderation");
        Assert.Contains("Personal attack", queue.Text(".thread-list"));

        var threadPage = await instructor.GetAsync(threadUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await instructor.SubmitAsync(threadPage, "moderate-thread", new Dictionary<string, string> { ["Moderation.Action"] = "Pin" })).Status);
        var noReason = await instructor.SubmitAsync(await instructor.GetAsync(threadUrl), "moderate-thread", new Dictionary<string, string> { ["Moderation.Action"] = "Lock" });
        Assert.Contains("Say why", noReason.FieldError("lock-reason"));
        await instructor.SubmitAsync(await instructor.GetAsync(threadUrl), "moderate-thread",
            new Dictionary<string, string> { ["Moderation.Action"] = "Lock", ["Moderation.Reason"] = "Discussion closed for this week." });
        await instructor.SubmitAsync($"{threadUrl}/posts/2/moderate", "moderate-post",
            new Dictionary<string, string> { ["Input.Hide"] = "true", ["Input.Reason"] = "Against the cohort's ground rules." });

        var moved = await instructor.SubmitAsync($"{threadUrl}/move", "move-thread",
            new Dictionary<string, string> { ["Input.ToSpaceKey"] = "networks-over-teams", ["Input.Reason"] = "Belongs to module 3." });
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);

        var learnerView = await cohort.First.GetAsync(threadUrl + "?after=0");
        Assert.Contains("Module 3", learnerView.Text("nav.breadcrumb"));
        Assert.Equal(HttpStatusCode.NotFound, (await cohort.First.GetAsync($"{threadUrl}/posts/2/history")).Status); // a hidden post's text stays hidden
        Assert.Contains("Pinned", learnerView.Text(".thread-header .badge"));
        Assert.Contains("Discussion closed for this week.", learnerView.Text("#reply"));
        Assert.Equal("Hidden by a moderator: Against the cohort's ground rules.", learnerView.Text("#post-2 .post-deleted"));
        Assert.DoesNotContain("breaks the rules", learnerView.Document.Body!.TextContent);
        Assert.Contains("breaks the rules", (await instructor.GetAsync(threadUrl + "?after=0")).Text("#post-2"));

        queue = await instructor.GetAsync($"/cohorts/{cohort.Slug}/discussions/moderation");
        var resolveForm = queue.Document.QuerySelector("form input[name=_handler][value^='resolve-']")!.GetAttribute("value")!;
        await instructor.SubmitAsync(queue, resolveForm, new Dictionary<string, string>());
        queue = await instructor.GetAsync($"/cohorts/{cohort.Slug}/discussions/moderation");
        Assert.Empty(queue.Document.QuerySelectorAll(".thread-list .thread-row"));
        var log = queue.Document.QuerySelectorAll("table.schedule tbody tr").Select(row => row.TextContent).ToList();
        Assert.Equal(5, log.Count);
        Assert.Contains(log, line => line.Contains("Move") && line.Contains("Belongs to module 3."));
        Assert.Contains(log, line => line.Contains("Lock") && line.Contains("Discussion closed for this week.") && line.Contains("Teaching Person"));

        foreach (var url in new[] { $"/cohorts/{cohort.Slug}/discussions/moderation", $"{threadUrl}/move", $"{threadUrl}/posts/2/moderate" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await cohort.First.GetAsync(url)).Status);
        }

        Assert.Empty((await cohort.First.GetAsync(threadUrl)).Document.QuerySelectorAll("details.moderation"));
    }

    [Fact]
    public async Task Replies_quotes_and_mentions_notify_the_people_concerned_and_never_the_actor()
    {
        var cohort = await CohortOfTwoAsync();
        var (third, thirdId) = await app.NewLearnerAsync("Sofia Example");
        await app.NewCohortMembershipAsync(cohort.Slug, thirdId, CohortRole.Learner);
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Bridges", "Who bridges your teams?", space: "networks-over-teams");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";

        await ReplyAsync(cohort.Second, threadUrl, "Our controller does. @Sofia Example, you work with finance too?");
        await ReplyAsync(cohort.First, threadUrl, "> Our controller does.\n\nSame here.", new Dictionary<string, string> { ["Input.QuotedSequence"] = "2" });
        await ReplyAsync(cohort.First, threadUrl, "Talking to myself in my own thread.");

        async Task<List<string>> NotificationsOf(AcademyClient client) =>
            (await client.GetAsync("/notifications")).Document.QuerySelectorAll(".notifications .thread-title").Select(a => a.TextContent).ToList();

        Assert.Equal(["Mikko Example replied to your post in “Bridges”"], await NotificationsOf(cohort.First));
        Assert.Equal(["Aino Example quoted you in “Bridges”"], await NotificationsOf(cohort.Second));
        Assert.Equal(["Mikko Example mentioned you in “Bridges”"], await NotificationsOf(third));
        var unread = await third.Http.GetStringAsync("/notifications/unread-count");
        Assert.Equal("{\"unread\":1}", unread);

        var page = await third.GetAsync("/notifications");
        Assert.EndsWith("?at=2#post-2", page.Document.QuerySelector(".notifications a")!.GetAttribute("href"));
        await third.SubmitAsync(page, "mark-read", new Dictionary<string, string>());
        Assert.Equal("{\"unread\":0}", await third.Http.GetStringAsync("/notifications/unread-count"));
        Assert.Empty((await third.GetAsync("/notifications")).Document.QuerySelectorAll(".notifications .badge.new"));
    }

    [Fact]
    public async Task A_member_who_opted_in_gets_a_daily_digest_e_mail_of_what_they_have_not_read_and_others_get_none()
    {
        var cohort = await CohortOfTwoAsync();
        var page = await cohort.First.GetAsync("/Account/Manage");
        Assert.Null(page.Document.QuerySelector("#daily-digest")!.GetAttribute("checked")); // off until chosen
        await cohort.First.SubmitAsync(page, "digest", new Dictionary<string, string> { ["WantsDailyDigest"] = "true" });
        Assert.NotNull((await cohort.First.GetAsync("/Account/Manage")).Document.QuerySelector("#daily-digest")!.GetAttribute("checked"));
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Digest me", "Opening.");
        await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", "A reply worth an e-mail.");
        await StartThreadAsync(cohort.Second, cohort.Slug, "Not for Aino", "Mikko did not opt in.");
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == cohort.FirstId);
            user.LastDigestAt = DateTimeOffset.UtcNow.AddDays(-2); // as if the last digest went out two days ago
            return await db.SaveChangesAsync();
        });
        var before = Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder).Length : 0;

        var sent = await app.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Startup.DailyDigests>().SendDueAsync(CancellationToken.None));
        var again = await app.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Startup.DailyDigests>().SendDueAsync(CancellationToken.None));

        Assert.True(sent >= 1);
        Assert.Equal(0, again); // one a day
        var digest = Directory.GetFiles(app.MailFolder).Select(File.ReadAllText).Select(PickupMail.Decode)
            .Single(text => text.Contains("Subject: Academy:") && text.Contains("Aino Example"));
        Assert.Contains("Mikko Example replied to your post in “Digest me”", digest);
        Assert.Contains($"/cohorts/{cohort.Slug}/discussions/{number}?at=2#post-2", digest);
        Assert.True(Directory.GetFiles(app.MailFolder).Length > before);
    }

    [Fact]
    public async Task A_new_announcement_reaches_every_member_of_the_cohort()
    {
        var cohort = await CohortOfTwoAsync();
        var (instructor, instructorId) = await app.NewLearnerAsync("Teaching Person");
        await app.NewCohortMembershipAsync(cohort.Slug, instructorId, CohortRole.Instructor);

        var number = await StartThreadAsync(instructor, cohort.Slug, "Welcome to week one", "Start with module 1.", space: "announcements");

        foreach (var learner in new[] { cohort.First, cohort.Second })
        {
            Assert.Contains("New announcement from Teaching Person: “Welcome to week one”", (await learner.GetAsync("/notifications")).Text(".notifications"));
        }

        Assert.Empty((await instructor.GetAsync("/notifications")).Document.QuerySelectorAll(".notifications li"));

        // Everyone follows announcements: a reply reaches the other learner too, unless they muted the thread.
        await cohort.Second.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/{number}", "follow", new Dictionary<string, string> { ["FollowLevel"] = "Muted" });
        await ReplyAsync(cohort.First, $"/cohorts/{cohort.Slug}/discussions/{number}", "Thank you, looking forward to it.");
        Assert.Contains("Aino Example replied to your post in “Welcome to week one”", (await instructor.GetAsync("/notifications")).Text(".notifications"));
        Assert.DoesNotContain("Aino Example", (await cohort.Second.GetAsync("/notifications")).Text(".notifications"));
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
    public async Task Members_like_each_others_posts_with_counts_and_names_and_can_take_it_back()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Likes", "Like me.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";

        Assert.Empty((await cohort.First.GetAsync(threadUrl)).Document.QuerySelectorAll("#post-1 button.like")); // not one's own post
        await cohort.Second.SubmitAsync(threadUrl, "like-1", new Dictionary<string, string>());

        var page = await cohort.First.GetAsync(threadUrl + "?after=0");
        Assert.Equal("1 like", page.Text("#post-1 a[href$='/likes']"));
        Assert.Equal("Mikko Example", (await cohort.First.GetAsync($"{threadUrl}/posts/1/likes")).Text("main li"));
        Assert.Equal("true", (await cohort.Second.GetAsync(threadUrl + "?after=0")).Document.QuerySelector("#post-1 button.like")!.GetAttribute("aria-pressed"));

        await cohort.Second.SubmitAsync(threadUrl + "?after=0", "like-1", new Dictionary<string, string>());
        Assert.Empty((await cohort.First.GetAsync(threadUrl + "?after=0")).Document.QuerySelectorAll("#post-1 a[href$='/likes']"));
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(cohort.FirstId, new Academy.Discussions.Reactions.LikePost(cohort.Slug, number, 1, true)));
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

    [Fact]
    public async Task Search_finds_posts_of_the_cohort_with_the_words_highlighted_and_nothing_else()
    {
        var cohort = await CohortOfTwoAsync();
        var other = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Radar", "My radar filters signal from noise every Monday.");
        await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", "Signals <b>matter</b> more than feeds.");
        await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", "A signal I later withdrew.");
        await cohort.Second.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/{number}/posts/3/delete", "delete-post", new Dictionary<string, string>());
        await StartThreadAsync(other.First, other.Slug, "Elsewhere", "Another cohort talks about signal too.");

        var results = await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q=signal");

        var snippets = results.Document.QuerySelectorAll(".search-results li")
            .Where(hit => hit.QuerySelector(".thread-title")!.TextContent == "Radar") // the course's pinned prompts speak of signals too
            .Select(hit => hit.QuerySelector(".snippet")!.InnerHtml).ToList();
        Assert.Single(snippets, snippet => snippet.Contains("<mark>signal</mark> from noise"));
        Assert.Contains(snippets, snippet => snippet.StartsWith("<mark>Signals</mark>", StringComparison.Ordinal)); // typed tags stay text (PostgreSQL drops them)
        Assert.Equal(2, snippets.Count); // not the deleted post, not the other cohort
        Assert.Empty(results.Document.QuerySelectorAll(".search-results b"));

        foreach (var hostile in new[] { "\"unbalanced", "AND OR NOT (", "*", "signal\" OR 1=1 --", "'; DROP TABLE discussions_posts; --" })
        {
            var page = await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q={Uri.EscapeDataString(hostile)}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }

        Assert.Contains("Type a word", (await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q=%20")).Text("#search-q-error"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.First.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q=signal")).Status);
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

    [Theory]
    [InlineData(10)]
    [InlineData(500)]
    public async Task A_thread_page_runs_at_most_four_database_commands_whatever_its_length(int posts)
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, $"Long thread {posts}", "Post 1.");
        await app.WithDbAsync(async db =>
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
public sealed class SqliteDiscussionTests(SqliteApp app) : DiscussionTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDiscussionTests(PostgresApp app) : DiscussionTests<PostgresApp>(app);
