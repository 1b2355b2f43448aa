using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Discussions;

public abstract class ModerationTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    [Fact]
    public async Task The_instructor_pins_locks_hides_and_resolves_flags_and_every_action_is_logged()
    {
        var cohort = await CohortOfTwoAsync();
        var (instructor, instructorId) = await App.NewLearnerAsync("Teaching Person");
        await App.NewCohortMembershipAsync(cohort.Slug, instructorId, CohortRole.Instructor);
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
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteModerationTests(SqliteApp app) : ModerationTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresModerationTests(PostgresApp app) : ModerationTests<PostgresApp>(app);
