using System.Net;
using Academy.ClusterTests.Infrastructure;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Academy.ClusterTests;

/// <summary>
/// Academy as several instances behind a load balancer, proven on loopback with real parts: Release builds of
/// the app as processes, PostgreSQL, redis-server and nginx (round-robin). Each test starts its own cluster
/// on a fresh database, so what one proves does not lean on another.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const string Learner = "learner2@academy.test";
    private const int RepliesEach = 4;

    [Fact]
    public async Task A_learner_signed_in_through_the_balancer_is_served_by_both_instances_and_stays_signed_in_forms_included()
    {
        await using var cluster = await Cluster.StartAsync();
        using var learner = cluster.ClientThroughBalancer();
        await learner.SignInAsync(Learner);

        var answeredBy = new List<string>();
        for (var request = 0; request < 6; request++)
        {
            var home = await learner.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.Status);
            Assert.Contains("Sign out", home.Document.Body!.TextContent, StringComparison.Ordinal);
            answeredBy.Add(InstanceOf(home));
        }

        Assert.Equal(["instance-1", "instance-2"], answeredBy.Distinct().Order());
        Assert.All(answeredBy.Zip(answeredBy.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));

        // The form comes from one instance and its post goes to the other: the antiforgery token and the cookie
        // were made with keys that both instances share.
        var form = await learner.GetAsync("/cohorts/mba-2026/discussions/new?space=lounge");
        var started = await learner.SubmitAsync(form, "start-thread", new Dictionary<string, string>
        {
            ["Input.Title"] = "Radar check across instances",
            ["Input.Body"] = "Which signals reached you this week?",
        });
        Assert.NotEqual(InstanceOf(form), InstanceOf(started));
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        Assert.StartsWith("/cohorts/mba-2026/discussions/", started.RedirectedTo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_across_instances_as_on_one()
    {
        await using var cluster = await Cluster.StartAsync(configure: instance => instance
            .With("Security__AccountRateLimit__PostsPerWindow", "6")
            .With("Security__AccountRateLimit__WindowSeconds", "600"));
        using var client = cluster.ClientThroughBalancer();

        // Each attempt posts the same sign-in form again (its token is good on both instances), so the posts alternate.
        var form = await client.GetAsync("/Account/Login");
        var statuses = new List<HttpStatusCode>();
        var answeredBy = new HashSet<string>();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var page = await client.SubmitAsync(form, "sign-in", new Dictionary<string, string> { ["Input.Email"] = Learner, ["Input.Password"] = $"wrong-{attempt}" });
            statuses.Add(page.Status);
            answeredBy.Add(InstanceOf(page));
        }

        // Six posts in the window, whichever instance took them; the seventh and eighth are refused.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 6), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, answeredBy.Count);
    }

    [Fact]
    public async Task Failed_sign_ins_spread_over_two_instances_lock_the_account_as_on_one()
    {
        await using var cluster = await Cluster.StartAsync();
        using var client = cluster.ClientThroughBalancer();

        // Identity counts failures in the account's row, so the count is the database's, not an instance's.
        // Each attempt posts the form the last answer carried, so the posts alternate between the instances.
        var answeredBy = new HashSet<string>();
        var page = await client.GetAsync("/Account/Login");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            page = await client.SubmitAsync(page, "sign-in", new Dictionary<string, string> { ["Input.Email"] = Learner, ["Input.Password"] = $"wrong-{attempt}" });
            answeredBy.Add(InstanceOf(page));
        }

        Assert.Equal(2, answeredBy.Count);

        // A locked account is told apart from a wrong password only in the database: the page says the same.
        var withTheRightPassword = await client.SubmitAsync("/Account/Login", "sign-in",
            new Dictionary<string, string> { ["Input.Email"] = Learner, ["Input.Password"] = AcademyClient.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, withTheRightPassword.Status);
        var locked = await cluster.CountAsync($"SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" = '{Learner}' AND \"LockoutEnd\" > now()");
        Assert.Equal(1, locked[0]);
    }

    [Fact]
    public async Task Three_instances_started_together_on_an_empty_database_come_up_healthy_with_one_schema_and_one_demo()
    {
        await using var cluster = await Cluster.StartAsync(size: 3, configure: instance => instance.With("Demo__Activity", "true"));

        foreach (var instance in cluster.Instances)
        {
            using var probe = new HttpClient { BaseAddress = instance.BaseAddress };
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health")).StatusCode);
        }

        using var admin = cluster.ClientThroughBalancer();
        await admin.SignInAsync("admin@academy.test");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/cohorts/mba-2026/discussions")).Status);
        var counts = await cluster.CountAsync(
            "SELECT count(*) FROM \"__EFMigrationsHistory\"",
            "SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" = 'learner1@academy.test'",
            "SELECT count(*) FROM cohorts.cohorts_cohorts WHERE \"Slug\" = 'mba-2026'",
            "SELECT count(*) FROM courses.courses_courses");
        Assert.Equal(Cluster.Migrations, counts[0]);
        Assert.Equal([1, 1, 1], counts.Skip(1).Take(3));
    }

    [Fact]
    public async Task A_reply_posted_through_one_instance_appears_live_on_a_thread_page_held_open_by_the_other()
    {
        await using var cluster = await Cluster.StartAsync();
        var (first, second) = (cluster.Instances[0], cluster.Instances[1]);
        using var writer = first.CreateClient();
        await writer.SignInAsync("learner3@academy.test");
        var threadUrl = await StartThreadAsync(writer, "Signals from the radar");

        await using var browser = await ClusterBrowser.StartAsync();
        var page = await browser.SignedInPageAsync(second.BaseAddress, Learner);
        var shown = await page.GotoAsync(threadUrl);
        Assert.Equal(second.BaseAddress.Port, new Uri(page.Url).Port);
        Assert.Equal("instance-2", await shown!.HeaderValueAsync(Cluster.InstanceHeader));
        await page.WaitForSelectorAsync("[data-live-events][data-live-connected]", new() { State = WaitForSelectorState.Attached });

        var reply = await ReplyAsync(writer, threadUrl, "Posted through instance one, read on instance two.");
        Assert.Equal("instance-1", InstanceOf(reply));

        await page.Locator(".post", new() { HasText = "Posted through instance one, read on instance two." }).WaitForAsync();
    }

    [Fact]
    public async Task Killing_an_instance_while_fifty_learners_write_loses_no_acknowledged_write_and_keeps_them_signed_in_on_the_survivor()
    {
        await using var cluster = await Cluster.StartAsync();
        var cohort = await WritingCohort.EnrolAsync(cluster.ClientThroughBalancer, 50);
        var writing = cohort.WriteAsync(RepliesEach);

        await Task.Delay(1500);
        cluster.Instances[1].Kill();
        await writing;

        output.WriteLine($"{cohort.Acknowledged} replies acknowledged, {cohort.FailedAttempts} attempts answered with an error or not at all, {cohort.ErrorPages} error pages.");
        await cohort.AssertEveryAcknowledgedWriteStoredOnceAsync(cluster.Database, RepliesEach);
        foreach (var learner in cohort.Learners)
        {
            var editor = await learner.GetAsync(WritingCohort.Editor);
            Assert.Equal(HttpStatusCode.OK, editor.Status);
            Assert.Equal("instance-1", InstanceOf(editor));
        }
    }

    [Fact]
    public async Task Redis_restarted_while_learners_write_refuses_no_write_and_live_updates_resume()
    {
        await using var cluster = await Cluster.StartAsync();
        var cohort = await WritingCohort.EnrolAsync(cluster.ClientThroughBalancer, 10);
        await using var browser = await ClusterBrowser.StartAsync();
        var page = await browser.SignedInPageAsync(cluster.Instances[1].BaseAddress, "instructor@academy.test");
        await page.GotoAsync(cohort.ThreadUrl);
        await page.WaitForSelectorAsync("[data-live-events][data-live-connected]", new() { State = WaitForSelectorState.Attached });

        var writing = cohort.WriteAsync(RepliesEach);
        await Task.Delay(1000);
        await cluster.Redis.RestartAsync();
        await writing;

        await cohort.AssertEveryAcknowledgedWriteStoredOnceAsync(cluster.Database, RepliesEach);
        Assert.True(cohort.FailedAttempts == 0, $"{cohort.FailedAttempts} writes were refused or unanswered: {string.Join(Environment.NewLine, cohort.ErrorPagesSeen.Take(2))}{Environment.NewLine}{string.Join(Environment.NewLine, cluster.Instances.SelectMany(instance => instance.Errors()).Take(60))}");

        // After the restart a reply through the first instance still reaches the page the second one serves.
        using var writer = cluster.Instances[0].CreateClient();
        await writer.SignInAsync("learner3@academy.test");
        await ReplyAsync(writer, cohort.ThreadUrl, "Redis came back and so did the live feed.");
        // An instance says that events may have been lost for up to a minute after Redis comes back, until it hears
        // itself (RedisClusterEvents), and only then do its pages catch up; beside the rest of the suite that once took
        // longer than Playwright's default 30 s.
        await page.Locator(".post", new() { HasText = "Redis came back and so did the live feed." })
            .WaitForAsync(new() { Timeout = (float)TimeSpan.FromSeconds(75).TotalMilliseconds });
    }

    [Fact]
    public async Task With_three_instances_running_the_jobs_a_scheduled_module_is_published_once_and_a_digest_sent_once()
    {
        await using var cluster = await Cluster.StartAsync(size: 3, configure: instance => instance
            .With("Email__SendDailyDigests", "true")
            .With("Jobs__scheduled-publishing__PeriodSeconds", "2")
            .With("Jobs__daily-digests__PeriodSeconds", "2")
            .With("Jobs__outbox__PeriodSeconds", "2"));
        using var instructor = cluster.ClientThroughBalancer();
        await instructor.SignInAsync("instructor@academy.test");
        var scheduled = await instructor.SubmitAsync("/teach/courses/social-media-for-leaders/modules/your-radar", "module", new Dictionary<string, string>
        {
            ["Input.Title"] = "Your radar, revised", ["Action"] = "schedule", ["PublishAt"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm"),
        });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.Status);
        const string Revisions = "SELECT count(*) FROM courses.courses_module_revisions r JOIN courses.courses_modules m ON m.\"Id\" = r.\"ModuleId\" WHERE m.\"Slug\" = 'your-radar'";
        var before = (await cluster.CountAsync(Revisions))[0];

        // Someone answers Aino's thread (replies go to her daily digest by default); then two days pass, for her digest and for the schedule.
        using var aino = cluster.ClientThroughBalancer();
        await aino.SignInAsync("learner1@academy.test");
        var threadUrl = await StartThreadAsync(aino, "Tell me by e-mail");
        using var mikko = cluster.ClientThroughBalancer();
        await mikko.SignInAsync(Learner);
        await ReplyAsync(mikko, threadUrl.Split('?')[0], "Worth an e-mail.");
        await cluster.ExecuteAsync("UPDATE \"AspNetUsers\" SET \"LastDigestAt\" = now() - interval '2 days' WHERE \"Email\" = 'learner1@academy.test'");
        await cluster.ExecuteAsync("UPDATE courses.courses_modules SET \"PublishDraftAt\" = now() - interval '1 minute' WHERE \"PublishDraftAt\" IS NOT NULL");

        // Every instance wakes every two seconds; after ten periods each job has had ten chances on each instance.
        await Task.Delay(TimeSpan.FromSeconds(20));

        Assert.Equal(before + 1, (await cluster.CountAsync(Revisions))[0]);
        var digests = cluster.Instances
            .SelectMany(instance => Directory.Exists(instance.MailFolder) ? Directory.GetFiles(instance.MailFolder, "*.eml") : [])
            .Select(File.ReadAllText)
            .Where(mail => mail.Contains("new since your last digest", StringComparison.Ordinal) && mail.Contains("learner1@academy.test", StringComparison.Ordinal))
            .ToList();
        Assert.Single(digests);
    }

    [Fact]
    public async Task A_learner_removed_through_one_instance_loses_the_cohort_on_the_other_which_kept_their_place()
    {
        await using var cluster = await Cluster.StartAsync();
        var (first, second) = (cluster.Instances[0], cluster.Instances[1]);
        using var learner = second.CreateClient();
        await learner.SignInAsync(Learner);
        // Read twice: the second instance now keeps the learner's place in the cohort in memory.
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync("/cohorts/mba-2026/discussions")).Status);
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync("/cohorts/mba-2026/discussions")).Status);

        using var instructor = first.CreateClient();
        await instructor.SignInAsync("instructor@academy.test");
        var directory = await instructor.GetAsync("/cohorts/mba-2026/people?search=Mikko");
        var profile = directory.Document.QuerySelectorAll("a[href^='/cohorts/mba-2026/people/']")
            .First(link => link.TextContent.Contains("Mikko Laine", StringComparison.Ordinal))
            .GetAttribute("href")!;
        var removed = await instructor.SubmitAsync(profile, "remove", new Dictionary<string, string> { ["ConfirmRemove"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);

        // The removal's cluster event reaches the second instance through Redis, a moment after the first saved it.
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode status;
        while ((status = (await learner.GetAsync("/cohorts/mba-2026/discussions")).Status) == HttpStatusCode.OK && stopwatch.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
        }

        output.WriteLine($"The second instance refused the removed learner after {stopwatch.ElapsedMilliseconds} ms.");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private static async Task<string> StartThreadAsync(AcademyClient client, string title)
    {
        var started = await client.SubmitAsync("/cohorts/mba-2026/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = "What reached you first this week?" });
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        return started.RedirectedTo!;
    }

    private static async Task<Page> ReplyAsync(AcademyClient client, string threadUrl, string body)
    {
        var replied = await client.SubmitAsync(threadUrl, "reply", new Dictionary<string, string> { ["Input.Body"] = body });
        Assert.Equal(HttpStatusCode.Redirect, replied.Status);
        return replied;
    }

    // nginx's own answers (a 502 when no instance could be reached) name no instance: say so, with the status.
    private static string InstanceOf(Page page) =>
        page.Response.Headers.TryGetValues(Cluster.InstanceHeader, out var names) ? names.Single() : $"the balancer itself ({(int)page.Status})";
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "Cluster";
}
