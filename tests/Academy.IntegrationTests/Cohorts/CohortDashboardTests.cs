using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
        foreach (var outsider in new[] { writer, quiet })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/teach/cohorts/{cohort}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/teach/cohorts/{cohort}/engagement.csv")).StatusCode);
        }
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
    public async Task The_dashboard_of_a_500_learner_cohort_takes_as_many_database_commands_as_a_small_one()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Counting Instructor");
        var small = await app.NewCohortAsync(Arrange.Today.AddDays(-21), members: (instructorId, CohortRole.Instructor));
        var large = await app.NewCohortAsync(Arrange.Today.AddDays(-21), members: (instructorId, CohortRole.Instructor));
        await app.WithScopeAsync(async services =>
        {
            var seeder = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Academy.Cohorts.Demo.IDemoCohortSeeder>(services);
            await seeder.SeedAsync(large, "Large", Arrange.Course, Arrange.Today.AddDays(-21),
                Enumerable.Range(0, 500).Select(i => new Academy.Cohorts.Demo.DemoMember($"quiet-{large}-{i}", $"Learner {i:000}", CohortRole.Learner, "", "", "", "")).ToList(),
                CancellationToken.None);
            return 0;
        });

        var smallPage = await instructor.GetAsync($"/teach/cohorts/{small}");
        var largePage = await instructor.GetAsync($"/teach/cohorts/{large}");
        Assert.Equal(HttpStatusCode.OK, largePage.Status);
        Assert.Equal(smallPage.DbCommands, largePage.DbCommands);
        Assert.InRange(largePage.DbCommands, 1, 20);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCohortDashboardTests(SqliteApp app) : CohortDashboardTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCohortDashboardTests(PostgresApp app) : CohortDashboardTests<PostgresApp>(app);
