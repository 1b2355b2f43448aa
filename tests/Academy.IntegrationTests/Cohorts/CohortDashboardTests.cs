using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Domain;
using Academy.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>The instructor's "needs attention" queue and engagement figures for a cohort.</summary>
public abstract class CohortDashboardTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task One_queue_shows_reflections_to_review_extension_requests_unanswered_threads_flagged_posts_and_quiet_learners()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Dashboard Instructor");
        var (writer, writerId) = await app.NewLearnerAsync("Busy Writer");
        var (asker, askerId) = await app.NewLearnerAsync("Lonely Asker");
        var (quiet, quietId) = await app.NewLearnerAsync("Quiet Learner");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(instructorId, CohortRole.Instructor), (writerId, CohortRole.Learner), (askerId, CohortRole.Learner), (quietId, CohortRole.Learner)]);
        await writer.SubmitAsync($"/cohorts/{cohort}/reflections/my-reasons", "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "Done.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        await writer.SubmitAsync($"/cohorts/{cohort}/reflections/walking-the-talk", "extension",
            new Dictionary<string, string> { ["Extension.Until"] = Arrange.Today.AddDays(3).ToString("yyyy-MM-dd"), ["Extension.Reason"] = "Board week." });
        await asker.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Does anyone use Mastodon?", ["Input.Body"] = "Curious." });
        await writer.SubmitAsync($"/cohorts/{cohort}/discussions/1/posts/1/flag", "flag-post", new Dictionary<string, string> { ["Input.Reason"] = "Off topic." });
        await app.WithDbAsync(async db =>
        {
            // Two days pass without an answer; the quiet learner joined three weeks ago and did nothing since.
            await db.Threads.Where(t => t.CohortSlug == cohort).ExecuteUpdateAsync(s => s.SetProperty(t => t.CreatedAt, DateTimeOffset.UtcNow.AddHours(-49)));
            await db.CohortMembers.Where(m => m.UserId == quietId).ExecuteUpdateAsync(s => s.SetProperty(m => m.JoinedAt, DateTimeOffset.UtcNow.AddDays(-21)));
            return 0;
        });

        var dashboard = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        var queue = dashboard.Text(".attention-list");
        Assert.Contains("Reflection to review", queue);
        Assert.Contains("Busy Writer asks for more time", queue);
        Assert.Contains("“Does anyone use Mastodon?” has no answer yet", queue);
        Assert.Contains("flagged a post: Off topic.", queue);
        Assert.Contains("Quiet Learner has not been active", queue);
        Assert.DoesNotContain("Busy Writer has not been active", queue);
        var submissions = dashboard.Document.QuerySelectorAll(".chart")[2];
        Assert.Equal("Module 1", submissions.QuerySelector("tbody tr th")!.TextContent);
        Assert.Equal("1", submissions.QuerySelector("tbody tr td")!.TextContent);

        var csv = await instructor.Http.GetStringAsync($"/teach/cohorts/{cohort}/engagement.csv");
        Assert.StartsWith("chart,label,value", csv);
        Assert.Contains("reflection submissions,\"Module 1\",1", csv);

        // The queue's sizes are kept; answering the request for more time and reviewing the reflection forget them at once.
        Assert.Equal("Needs attention (5)", dashboard.Text("#attention-heading"));
        var review = await instructor.GetAsync($"/cohorts/{cohort}/reflections/review");
        await instructor.SubmitAsync(review, review.Document.QuerySelector("form input[name=_handler][value^='grant-']")!.GetAttribute("value")!,
            new Dictionary<string, string> { ["GrantUntil"] = Arrange.Today.AddDays(3).ToString("yyyy-MM-dd") });
        Assert.Equal("Needs attention (4)", (await instructor.GetAsync($"/teach/cohorts/{cohort}")).Text("#attention-heading"));
        var reviewUrl = (await instructor.GetAsync($"/cohorts/{cohort}/reflections/review")).Document.QuerySelector(".review-queue a")!.GetAttribute("href")!;
        await instructor.SubmitAsync(reviewUrl, "review", new Dictionary<string, string>
        {
            ["Input.Scores[0]"] = "3", ["Input.Scores[1]"] = "4", ["Input.Scores[2]"] = "3", ["Input.Scores[3]"] = "4", ["Input.Feedback"] = "Clear.", ["Input.Decision"] = "complete",
        });
        var reviewed = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        Assert.Equal("Needs attention (3)", reviewed.Text("#attention-heading"));
        Assert.DoesNotContain("Reflection to review", reviewed.Text(".attention-list"));

        foreach (var outsider in new[] { writer, quiet })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/teach/cohorts/{cohort}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/teach/cohorts/{cohort}/engagement.csv")).StatusCode);
        }
    }

    [Fact]
    public async Task A_thread_is_answered_by_someone_else_s_reply_and_unanswered_again_when_its_only_answer_is_withdrawn()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Answer Instructor");
        var (asker, askerId) = await app.NewLearnerAsync("Patient Asker");
        var (helper, helperId) = await app.NewLearnerAsync("Helpful Peer");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(instructorId, CohortRole.Instructor), (askerId, CohortRole.Learner), (helperId, CohortRole.Learner)]);
        var started = await asker.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Who reads LinkedIn newsletters?", ["Input.Body"] = "Worth the time?" });
        var thread = $"/cohorts/{cohort}/discussions/{started.RedirectedTo!.Split('/').Last().Split('?')[0]}"; // the course's prompts took the first numbers
        await asker.SubmitAsync(thread, "reply", new Dictionary<string, string> { ["Input.Body"] = "Anyone at all?" });
        await app.WithDbAsync(db => db.Threads.Where(t => t.CohortSlug == cohort).ExecuteUpdateAsync(s => s.SetProperty(t => t.CreatedAt, DateTimeOffset.UtcNow.AddHours(-49))));
        const string Unanswered = "“Who reads LinkedIn newsletters?” has no answer yet";

        // The asker's own follow-up is no answer.
        var page = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        Assert.Contains(Unanswered, page.Text(".attention-list"));
        Assert.Equal("Needs attention (1)", page.Text("#attention-heading"));

        await helper.SubmitAsync(thread, "reply", new Dictionary<string, string> { ["Input.Body"] = "Two of them, weekly." });
        Assert.Equal("Needs attention (0)", (await instructor.GetAsync($"/teach/cohorts/{cohort}")).Text("#attention-heading"));

        await helper.SubmitAsync($"{thread}/posts/3/delete", "delete-post", new Dictionary<string, string>());
        page = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        Assert.Contains(Unanswered, page.Text(".attention-list"));
        Assert.Equal("Needs attention (1)", page.Text("#attention-heading"));

        // Deleting the asker's own post leaves a thread's answer alone.
        await helper.SubmitAsync(thread, "reply", new Dictionary<string, string> { ["Input.Body"] = "On second thought: one." });
        await asker.SubmitAsync($"{thread}/posts/2/delete", "delete-post", new Dictionary<string, string>());
        Assert.Equal("Needs attention (0)", (await instructor.GetAsync($"/teach/cohorts/{cohort}")).Text("#attention-heading"));
    }

    [Fact]
    public async Task The_queue_is_read_on_every_visit_its_size_again_after_a_submission_while_the_engagement_figures_are_kept_for_a_minute()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Keeping Instructor");
        var (first, firstId) = await app.NewLearnerAsync("First Writer");
        var (second, secondId) = await app.NewLearnerAsync("Second Writer");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(instructorId, CohortRole.Instructor), (firstId, CohortRole.Learner), (secondId, CohortRole.Learner)]);
        var submit = new Dictionary<string, string> { ["Input.Body"] = "Done.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" };
        await first.SubmitAsync($"/cohorts/{cohort}/reflections/my-reasons", "reflection", submit);
        await first.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Radar or noise?", ["Input.Body"] = "Which feeds do you keep?" });

        var before = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        Assert.Equal("Needs attention (1)", before.Text("#attention-heading"));
        var figuresBefore = await instructor.Http.GetStringAsync($"/teach/cohorts/{cohort}/engagement.csv");
        Assert.Contains("reflection submissions,\"Module 1\",1", figuresBefore);

        // A first draft is no submission: nothing is read again for it.
        await second.SubmitAsync($"/cohorts/{cohort}/reflections/my-reasons", "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "Half done.", ["Input.Action"] = "save" });
        Assert.Equal(before.DbCommands - KeptReads, (await instructor.GetAsync($"/teach/cohorts/{cohort}")).DbCommands);

        await second.SubmitAsync($"/cohorts/{cohort}/reflections/my-reasons", "reflection", submit);
        await second.SubmitAsync($"/cohorts/{cohort}/discussions/1", "reply", new Dictionary<string, string> { ["Input.Body"] = "Two lists, pruned monthly." });

        // The second submission is in the queue and its count at once; the charts and the learners are the ones worked out a
        // moment ago, so this visit does not read them again. A submission may start a stalled peer review, and it changes the
        // queue's size: those are read again.
        var after = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        Assert.Equal("Needs attention (2)", after.Text("#attention-heading"));
        Assert.Contains("Second Writer", after.Text(".attention-list"));
        Assert.Equal(before.DbCommands - KeptReads + StalledPeerReviewsRead + QueueSizesRead, after.DbCommands);
        Assert.Equal(figuresBefore, await instructor.Http.GetStringAsync($"/teach/cohorts/{cohort}/engagement.csv"));
    }

    [Fact]
    public async Task The_instructor_moves_a_modules_opening_date_and_learners_follow_the_new_schedule()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Scheduling Instructor");
        var (learner, learnerId) = await app.NewLearnerAsync("Scheduled Learner");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(instructorId, CohortRole.Instructor), (learnerId, CohortRole.Learner)]);
        var modulePage = $"/courses/{Arrange.Course}/modules/connecting-the-right-way?cohort={cohort}";
        Assert.Contains("This module opens on", (await learner.GetAsync(modulePage)).Text("#unreleased-heading")); // module 4 opens in a week

        var page = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        Assert.Equal(Arrange.Today.AddDays(7).ToString("yyyy-MM-dd"), page.InputValue("opens-connecting-the-right-way"));
        await instructor.SubmitAsync(page, "schedule", new Dictionary<string, string> { ["Opens[connecting-the-right-way]"] = Arrange.Today.ToString("yyyy-MM-dd") });
        Assert.Equal(Arrange.Today.ToString("yyyy-MM-dd"), (await instructor.GetAsync($"/teach/cohorts/{cohort}")).InputValue("opens-connecting-the-right-way"));
        Assert.Empty((await learner.GetAsync(modulePage)).Document.QuerySelectorAll("#unreleased-heading"));
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(learnerId, new Academy.Contracts.Courses.ChangeModuleRelease(cohort, "leading-the-transformation", Arrange.Today)));
    }

    [Fact]
    public async Task The_queue_pages_by_fifty_oldest_first_and_the_dashboard_of_2000_learners_takes_as_many_commands_as_one_of_10()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Counting Instructor");
        var small = await app.NewCohortAsync(Arrange.Today.AddDays(-21), members: (instructorId, CohortRole.Instructor));
        var large = await app.NewCohortAsync(Arrange.Today.AddDays(-21), members: (instructorId, CohortRole.Instructor));
        await LearnersWithWorkAsync(small, 10, reflectionsEach: 6);
        await LearnersWithWorkAsync(large, 2000, reflectionsEach: 1);

        // The course's outline (CourseOutlines) and each cohort's own dates (CohortOwnDatesMemory) are kept, as they are on any
        // visit but the first after a change to them.
        await instructor.GetAsync($"/cohorts/{small}/reflections/review");
        await instructor.GetAsync($"/cohorts/{large}/reflections/review");

        // Ten learners: 60 reflections to review, a request for more time, 5 quiet learners; two pages, each thing once, oldest first.
        var page = await instructor.GetAsync($"/teach/cohorts/{small}");
        var firstVisit = page.DbCommands;
        Assert.InRange(firstVisit, 1, 12); // the cohort, its people shown, invitations; the learners, their sessions and the funnel; the other modules' parts; the schedule
        var commands = firstVisit - KeptReads; // every later visit, while the learners and figures are kept
        Assert.Equal("Needs attention (66)", page.Text("#attention-heading"));
        var seen = new List<(string Item, DateTimeOffset Since)>();
        while (true)
        {
            Assert.Equal(seen.Count == 0 ? firstVisit : commands, page.DbCommands);
            var items = page.Document.QuerySelectorAll(".attention-list li");
            Assert.InRange(items.Length, 1, 50);
            seen.AddRange(items.Select(item => (item.TextContent.Trim() + " " + item.QuerySelector("a")!.GetAttribute("href"),
                DateTimeOffset.Parse(item.QuerySelector("time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture))));
            var next = page.Document.QuerySelector(".attention-list + nav.pager-next[aria-label] a[rel=next]")?.GetAttribute("href");
            if (next is null)
            {
                break;
            }

            page = await instructor.GetAsync(next);
        }

        Assert.Equal(66, seen.Count);
        Assert.Equal(66, seen.Select(item => item.Item).Distinct().Count());
        Assert.Equal(seen.Select(item => item.Since).Order(), seen.Select(item => item.Since));
        Assert.Equal(5, seen.Count(item => item.Item.Contains("has not been active since", StringComparison.Ordinal)));

        // Two thousand learners: the same commands, a page of 50, and a next page that starts where the first one ended.
        var largePage = await instructor.GetAsync($"/teach/cohorts/{large}");
        Assert.Equal(HttpStatusCode.OK, largePage.Status);
        Assert.Equal(firstVisit, largePage.DbCommands);
        Assert.Equal("Needs attention (3050)", largePage.Text("#attention-heading"));
        Assert.Equal(50, largePage.Document.QuerySelectorAll(".attention-list li").Length);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Learner {i:0000}"),
            largePage.Document.QuerySelectorAll("#learners-heading ~ .connection-list li a").Select(a => a.TextContent));
        Assert.Equal(["Counting Instructor"], largePage.Document.QuerySelectorAll("#instructors-heading + ul li").Select(li => li.TextContent));
        Assert.NotNull(largePage.Document.QuerySelector($"#learners-heading ~ p a[href='/cohorts/{large}/people']"));
        var second = await instructor.GetAsync(largePage.Document.QuerySelector(".attention-list + nav.pager-next a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(commands, second.DbCommands);
        var firstLast = largePage.Document.QuerySelectorAll(".attention-list li time").Last().GetAttribute("datetime")!;
        var secondFirst = second.Document.QuerySelectorAll(".attention-list li time").First().GetAttribute("datetime")!;
        Assert.True(DateTimeOffset.Parse(firstLast, System.Globalization.CultureInfo.InvariantCulture) <= DateTimeOffset.Parse(secondFirst, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(largePage.Document.QuerySelectorAll(".attention-list li a").Select(a => a.GetAttribute("href") + a.TextContent)
            .Intersect(second.Document.QuerySelectorAll(".attention-list li a").Select(a => a.GetAttribute("href") + a.TextContent)));
    }

    /// <summary>
    /// What a visit reads only when nothing is kept: the sessions' attendance, the learners' rows, the funnel's figures, the
    /// stalled peer reviews, and the sizes of the reflections to review and of the requests for more time.
    /// </summary>
    private const int KeptReads = 5;

    /// <summary>The stalled peer reviews, read again after a save that may start or end a stall.</summary>
    private const int StalledPeerReviewsRead = 1;

    /// <summary>The sizes of the reflections to review and of the requests for more time, read again after a submission or a request.</summary>
    private const int QueueSizesRead = 1;

    private static readonly string[] Assignments = ["my-reasons", "walking-the-talk", "my-radar", "my-radar-signals", "my-network-map", "my-network-organisation"];

    /// <summary>
    /// <paramref name="count"/> learners who joined three weeks ago (one save), each with <paramref name="reflectionsEach"/> reflections
    /// waiting for review, three learners to each moment; the second half wrote theirs ten days ago (so they are quiet), and every
    /// twentieth learner asks for more time on another assignment (one save).
    /// </summary>
    private async Task LearnersWithWorkAsync(string cohort, int count, int reflectionsEach)
    {
        var now = DateTimeOffset.UtcNow;
        await app.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<Academy.Cohorts.Demo.IDemoCohortSeeder>().SeedAsync(cohort, "Cohort", Arrange.Course, Arrange.Today.AddDays(-21),
                Enumerable.Range(0, count).Select(i => new Academy.Cohorts.Demo.DemoMember($"learner-{cohort}-{i}", $"Learner {i:0000}", CohortRole.Learner, "", "", "", "")).ToList(),
                CancellationToken.None, joinedAt: now.AddDays(-21));
            return 0;
        });
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                var at = (i < count / 2 ? now : now.AddDays(-10)).AddMinutes(-(i / 3));
                foreach (var assignment in Assignments.Take(reflectionsEach))
                {
                    var reflection = new Reflection(cohort, assignment, $"learner-{cohort}-{i}", $"Learner {i:0000}");
                    reflection.Submit("Done.", "<p>Done.</p>", new Deadline(Arrange.Today.AddDays(7), null), at, ZonedTime.DefaultZone);
                    db.Reflections.Add(reflection);
                }

                if (i % 20 == 0 && i < count / 2)
                {
                    var asking = new Reflection(cohort, "my-90-day-plan", $"learner-{cohort}-{i}", $"Learner {i:0000}");
                    asking.RequestExtension(Arrange.Today.AddDays(30), "Travel.", at);
                    db.Reflections.Add(asking);
                }
            }

            return await db.SaveChangesAsync();
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCohortDashboardTests(SqliteApp app) : CohortDashboardTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCohortDashboardTests(PostgresApp app) : CohortDashboardTests<PostgresApp>(app);
