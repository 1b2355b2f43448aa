using System.Net;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Discussions;

/// <summary>
/// Before a module opens for a cohort, its learners see the module's discussion space only as a title and the
/// day it opens: no thread can be read, answered or started there, nothing of it is found or notified, and its
/// reflection shows no prompt. Instructors see and do everything. A date moved later closes it again.
/// </summary>
public abstract class ModuleReleaseTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string LaterModule = "leading-the-transformation"; // module 7: six weeks after a start two weeks ago
    private const string CurrentModule = "your-radar"; // module 2: open since last week

    private sealed record Cohort(string Slug, AcademyClient Learner, string LearnerId, AcademyClient Instructor, string InstructorId);

    private async Task<Cohort> CohortInWeekThreeAsync()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Early Reader");
        var (instructor, instructorId) = await app.NewLearnerAsync("Guiding Instructor");
        var slug = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(learnerId, CohortRole.Learner), (instructorId, CohortRole.Instructor)]);
        return new Cohort(slug, learner, learnerId, instructor, instructorId);
    }

    private static async Task<int> PromptThreadOfAsync(AcademyClient instructor, string cohort, string module)
    {
        var space = await instructor.GetAsync($"/cohorts/{cohort}/discussions?space={module}");
        var href = space.Document.QuerySelector(".thread-list a.thread-title")!.GetAttribute("href")!;
        return int.Parse(href.Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_learner_sees_a_module_space_before_it_opens_only_as_its_title_and_date_and_cannot_read_answer_or_start_there()
    {
        var cohort = await CohortInWeekThreeAsync();
        var opensOn = Arrange.Today.AddDays(-14).AddDays(7 * 6);
        var thread = await PromptThreadOfAsync(cohort.Instructor, cohort.Slug, LaterModule);

        var overview = await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/discussions");
        var closed = overview.Document.QuerySelector($"#space-{LaterModule}")!.Closest("section")!;
        Assert.Contains("Module 7", closed.TextContent);
        Assert.Contains($"Opens on {opensOn:dddd d MMMM}", closed.TextContent);
        Assert.Empty(closed.QuerySelectorAll(".thread-list, a.button"));
        Assert.DoesNotContain("What are you unlearning?", overview.Document.Body!.TextContent);
        var open = overview.Document.QuerySelector($"#space-{CurrentModule}")!.Closest("section")!;
        Assert.NotEmpty(open.QuerySelectorAll(".thread-list li"));

        var space = await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/discussions?space={LaterModule}");
        Assert.Equal(HttpStatusCode.OK, space.Status);
        Assert.Contains("Opens on", space.Text("main"));
        Assert.Empty(space.Document.QuerySelectorAll(".thread-list"));

        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/discussions/{thread}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/discussions/{thread}/posts/1/history")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/discussions/new?space={LaterModule}")).Status);
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(cohort.LearnerId, new Academy.Discussions.Threads.PostReply.PostReply(cohort.Slug, thread, "Too early?")));
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(cohort.LearnerId, new Academy.Discussions.Threads.StartThread.StartThread(cohort.Slug, LaterModule, "Early", "Too early?")));
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(cohort.LearnerId, new Academy.Discussions.Reactions.LikePost(cohort.Slug, thread, 1, Like: true)));

        // "unlearning is my middle name" is in module 7's prompt only.
        var learnerSearch = await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q=middle");
        Assert.Empty(learnerSearch.Document.QuerySelectorAll(".search-results li"));
        var instructorSearch = await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q=middle");
        Assert.NotEmpty(instructorSearch.Document.QuerySelectorAll(".search-results li"));

        Assert.Equal(HttpStatusCode.OK, (await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/discussions/{thread}")).Status);
        var nothingPosted = await app.WithDbAsync(db => db.Posts.CountAsync(p => p.AuthorId == cohort.LearnerId));
        Assert.Equal(0, nothingPosted);
    }

    [Fact]
    public async Task An_instructor_prepares_a_module_space_ahead_and_its_learners_hear_nothing_of_it_until_it_opens()
    {
        var cohort = await CohortInWeekThreeAsync();
        var thread = await PromptThreadOfAsync(cohort.Instructor, cohort.Slug, LaterModule);

        var replied = await cohort.Instructor.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/{thread}", "reply",
            new Dictionary<string, string> { ["Input.Body"] = "@Early Reader, this one is for you in week seven." });
        Assert.Equal(HttpStatusCode.Redirect, replied.Status);
        var started = await cohort.Instructor.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/new?space={LaterModule}", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Prepared ahead", ["Input.Body"] = "@Early Reader, read this when the module opens." });
        Assert.Equal(HttpStatusCode.Redirect, started.Status);

        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == cohort.LearnerId)));
        var profile = await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/people/{cohort.InstructorId}");
        Assert.DoesNotContain("Prepared ahead", profile.Text("main"));

        // The same reply in an open module's space reaches the learner.
        var current = await PromptThreadOfAsync(cohort.Instructor, cohort.Slug, CurrentModule);
        await cohort.Instructor.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/{current}", "reply",
            new Dictionary<string, string> { ["Input.Body"] = "@Early Reader, this one is for now." });
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == cohort.LearnerId)));
    }

    [Fact]
    public async Task A_module_moved_later_closes_again_for_learners_and_keeps_what_they_wrote_until_its_new_date()
    {
        var cohort = await CohortInWeekThreeAsync();
        var thread = await PromptThreadOfAsync(cohort.Learner, cohort.Slug, CurrentModule);
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{thread}";
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Learner.SubmitAsync(threadUrl, "reply",
            new Dictionary<string, string> { ["Input.Body"] = "My radar is a Monday habit." })).Status);
        var reflectionUrl = $"/cohorts/{cohort.Slug}/reflections/my-radar";
        Assert.Equal(HttpStatusCode.Redirect, (await cohort.Learner.SubmitAsync(reflectionUrl, "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "Four radars, one dashboard.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" })).Status);

        await app.SendAsAsync(cohort.InstructorId, new ChangeModuleRelease(cohort.Slug, CurrentModule, Arrange.Today.AddDays(5)), Academy.Contracts.Access.Roles.Instructor);

        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Learner.GetAsync(threadUrl)).Status);
        Assert.Contains("Opens on", (await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/discussions?space={CurrentModule}")).Text("main"));
        var reflection = await cohort.Learner.GetAsync(reflectionUrl);
        Assert.Contains("opens with module 2", reflection.Text("main"));
        Assert.DoesNotContain("Four radars", reflection.Text("main"));
        Assert.Empty(reflection.Document.QuerySelectorAll("#prompt-heading, table.rubric"));
        Assert.Equal(HttpStatusCode.NotFound, (await cohort.Learner.GetAsync($"{reflectionUrl}/gallery")).Status);
        Assert.Equal(HttpStatusCode.OK, (await cohort.Instructor.GetAsync(threadUrl)).Status);
        Assert.Contains("My radar is a Monday habit.", (await cohort.Instructor.GetAsync(threadUrl)).Text("main"));

        // Nothing was lost: back on its old date, the module shows everything again.
        await app.SendAsAsync(cohort.InstructorId, new ChangeModuleRelease(cohort.Slug, CurrentModule, Arrange.Today.AddDays(-7)), Academy.Contracts.Access.Roles.Instructor);
        Assert.Contains("My radar is a Monday habit.", (await cohort.Learner.GetAsync(threadUrl)).Text("main"));
        Assert.Contains("Four radars, one dashboard.", (await cohort.Learner.GetAsync(reflectionUrl)).Text("main"));
    }

    [Fact]
    public async Task Before_its_module_opens_a_reflection_shows_its_title_and_date_but_not_its_prompt_or_rubric()
    {
        var cohort = await CohortInWeekThreeAsync();

        var early = await cohort.Learner.GetAsync($"/cohorts/{cohort.Slug}/reflections/my-90-day-plan");

        Assert.Equal(HttpStatusCode.OK, early.Status);
        Assert.Equal("My 90-day plan", early.Heading);
        Assert.Contains("opens with module 7", early.Text("main"));
        Assert.DoesNotContain("Divide the plan into three stages", early.Text("main"));
        Assert.Empty(early.Document.QuerySelectorAll("main table.rubric, main form"));
        var forInstructor = await cohort.Instructor.GetAsync($"/cohorts/{cohort.Slug}/reflections/my-90-day-plan");
        Assert.Contains("Divide the plan into three stages", forInstructor.Text("main"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteModuleReleaseTests(SqliteApp app) : ModuleReleaseTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresModuleReleaseTests(PostgresApp app) : ModuleReleaseTests<PostgresApp>(app);
