using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Courses;

public abstract class LearnerPathTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string Course = "/courses/social-media-for-leaders";

    private static string Module(string slug, string? cohort = null) =>
        $"{Course}/modules/{slug}" + (cohort is null ? string.Empty : $"?cohort={cohort}");

    private static Task<Page> SetCompletedAsync(AcademyClient client, string moduleUrl, bool completed) =>
        client.SubmitAsync(moduleUrl, "module-progress", new Dictionary<string, string> { ["Completed"] = completed ? "true" : "false" });

    /// <summary>A learner in a fresh cohort that started two weeks ago (modules 1 to 3 released).</summary>
    private async Task<(AcademyClient Client, string Cohort)> LearnerInNewCohortAsync()
    {
        var (client, cohort, _) = await LearnerInNewCohortWithIdAsync();
        return (client, cohort);
    }

    private async Task<(AcademyClient Client, string Cohort, string UserId)> LearnerInNewCohortWithIdAsync()
    {
        var (client, userId) = await app.NewLearnerAsync();
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (userId, CohortRole.Learner));
        return (client, cohort, userId);
    }

    [Fact]
    public async Task Completing_a_module_shows_at_once_on_the_course_home_and_my_learning_and_undo_takes_it_back()
    {
        var (client, _) = await LearnerInNewCohortAsync();
        await client.GetAsync(Module("why-leaders-engage"));

        var completed = await SetCompletedAsync(client, Module("why-leaders-engage"), completed: true);
        Assert.Equal(HttpStatusCode.Redirect, completed.Status);

        var course = await client.GetAsync(Course);
        Assert.Equal("1 of 7 modules completed", course.Text(".progress-panel .progress-label"));
        Assert.Equal("Completed", course.Text(".module-list li:nth-child(1) .badge"));
        Assert.Contains("Module 2", course.Text(".progress-panel .button"));
        Assert.Equal("1 of 7 modules completed", (await client.GetAsync("/")).Text(".learning-card .progress-label"));

        await SetCompletedAsync(client, Module("why-leaders-engage"), completed: false);
        course = await client.GetAsync(Course);
        Assert.Equal("0 of 7 modules completed", course.Text(".progress-panel .progress-label"));
        Assert.Equal("In progress", course.Text(".module-list li:nth-child(1) .badge"));
        Assert.Contains("Continue where you left off", course.Text(".progress-panel .button"));
    }

    [Fact]
    public async Task Opening_a_module_starts_it_and_reopening_a_completed_module_keeps_it_completed()
    {
        var (client, _) = await LearnerInNewCohortAsync();

        Assert.Equal("Not started", (await client.GetAsync(Course)).Text(".module-list li:nth-child(2) .badge"));
        await client.GetAsync(Module("your-radar"));
        Assert.Equal("In progress", (await client.GetAsync(Course)).Text(".module-list li:nth-child(2) .badge"));

        await SetCompletedAsync(client, Module("your-radar"), completed: true);
        var reopened = await client.GetAsync(Module("your-radar"));

        Assert.Equal("Completed", reopened.Text(".page-header .badge"));
        Assert.Equal("Completed", (await client.GetAsync(Course)).Text(".module-list li:nth-child(2) .badge"));
    }

    [Fact]
    public async Task A_learner_sees_an_unreleased_module_as_a_title_and_date_only_and_cannot_complete_it()
    {
        var (client, cohort, userId) = await LearnerInNewCohortWithIdAsync();

        var course = await client.GetAsync(Course);
        Assert.Contains("Opens", course.Text(".module-list li:nth-child(4) .badge"));

        var page = await client.GetAsync(Module("connecting-the-right-way"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Connecting with people you do not know yet, the right way", page.Heading);
        Assert.Contains("This module opens on", page.Text("#unreleased-heading"));
        Assert.Empty(page.Document.QuerySelectorAll(".prose, .objectives, form[method=post] button.button"));

        // The unreleased page has no form, so the framework refuses module 1's form posted to module 4's address,
        // and the use case itself refuses the request.
        var releasedPage = await client.GetAsync(Module("why-leaders-engage"));
        var forged = await client.SubmitAsync(releasedPage, "module-progress",
            new Dictionary<string, string> { ["Completed"] = "true" }, postTo: Module("connecting-the-right-way"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() => app.SendAsAsync(userId,
            new Academy.Courses.Learning.Progress.MarkModuleComplete("social-media-for-leaders", "connecting-the-right-way", cohort, true)));
        Assert.Equal("0 of 7 modules completed", (await client.GetAsync(Course)).Text(".progress-panel .progress-label"));
    }

    [Fact]
    public async Task A_module_taken_out_of_the_course_leaves_the_counts_and_never_gets_them_stuck()
    {
        var courseSlug = $"copy-{Guid.NewGuid():N}"[..20];
        var folder = Arrange.CopyOfCourseContent(courseSlug);
        await app.ImportContentAsync(folder);
        var (client, userId) = await app.NewLearnerAsync();
        await app.NewCohortAsync(Arrange.Today.AddDays(-14), courseSlug, (userId, CohortRole.Learner));
        var course = $"/courses/{courseSlug}";
        await SetCompletedAsync(client, $"{course}/modules/why-leaders-engage", completed: true);
        await SetCompletedAsync(client, $"{course}/modules/your-radar", completed: true);
        Assert.Equal("2 of 7 modules completed", (await client.GetAsync(course)).Text(".progress-panel .progress-label"));

        File.Delete(Directory.GetFiles(Path.Combine(folder, courseSlug, "modules"), "02-*.md").Single());
        await app.ImportContentAsync(folder);

        var after = await client.GetAsync(course);
        Assert.Equal("1 of 6 modules completed", after.Text(".progress-panel .progress-label"));
        Assert.DoesNotContain("Your radar", after.Text(".module-list"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{course}/modules/your-radar")).Status);
        Assert.Equal("Networks over teams: collaborating across boundaries", (await client.GetAsync($"{course}/modules/why-leaders-engage")).Text("a[rel=next]").TrimEnd(' ', '→'));
    }

    [Fact]
    public async Task An_instructor_reads_modules_before_their_release()
    {
        using var instructor = app.CreateAcademyClient();
        await instructor.SignInAsync("instructor@academy.test");

        var page = await instructor.GetAsync(Module("leading-the-transformation"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Document.QuerySelectorAll(".prose p"));
        Assert.Empty(page.Document.QuerySelectorAll("#completion-heading")); // instructors have no progress to track
    }

    [Fact]
    public async Task A_learner_in_two_cohorts_of_a_course_has_separate_progress_in_each()
    {
        var (client, userId) = await app.NewLearnerAsync();
        var older = await app.NewCohortAsync(Arrange.Today.AddDays(-30), members: (userId, CohortRole.Learner));
        var newer = await app.NewCohortAsync(Arrange.Today.AddDays(-1), members: (userId, CohortRole.Learner));

        await SetCompletedAsync(client, Module("why-leaders-engage", older), completed: true);

        Assert.Equal("1 of 7 modules completed", (await client.GetAsync($"{Course}?cohort={older}")).Text(".progress-panel .progress-label"));
        Assert.Equal("0 of 7 modules completed", (await client.GetAsync($"{Course}?cohort={newer}")).Text(".progress-panel .progress-label"));
        var home = await client.GetAsync("/");
        Assert.Equal(["0 of 7 modules completed", "1 of 7 modules completed"],
            home.Document.QuerySelectorAll(".learning-card .progress-label").Select(label => label.TextContent));
    }

    [Fact]
    public async Task The_module_page_runs_at_most_four_database_commands_on_a_first_visit_and_one_later()
    {
        var (client, _) = await LearnerInNewCohortAsync();

        var first = await client.GetAsync(Module("why-leaders-engage"));
        var again = await client.GetAsync(Module("why-leaders-engage"));

        // The reader's enrolments; outline, revision, progress and release date in one query; the published revision's
        // content unless an earlier visit (of anyone) keeps it; the first visit's insert.
        Assert.InRange(first.DbCommands, 1, 4);
        // The enrolments are kept in memory (EnrolmentMemory): the page's own query alone.
        Assert.Equal(1, again.DbCommands);
    }

    [Fact]
    public async Task The_cohort_home_shows_the_schedule_to_members_only()
    {
        var (member, cohort) = await LearnerInNewCohortAsync();
        var (outsider, _) = await app.NewLearnerAsync();

        var home = await member.GetAsync($"/cohorts/{cohort}");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal(7, home.Document.QuerySelectorAll("table.schedule tbody tr").Length);
        Assert.Equal(3, home.Document.QuerySelectorAll("table.schedule tbody tr.released").Length);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/cohorts/{cohort}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/cohorts/no-such-cohort")).Status);
    }

    [Fact]
    public async Task The_calendar_feed_opens_with_the_members_token_or_session_and_for_nobody_else()
    {
        var (member, cohort) = await LearnerInNewCohortAsync();
        var feedPath = (await member.GetAsync($"/cohorts/{cohort}")).Document.QuerySelector("#calendar-url")!.GetAttribute("value")!;
        using var calendarApp = app.CreateAcademyClient(); // no cookies, like Outlook or Google Calendar

        var byToken = await calendarApp.Http.GetAsync(new Uri(feedPath).PathAndQuery);
        var bySession = await member.Http.GetAsync($"/cohorts/{cohort}/calendar.ics");
        var wrongToken = await calendarApp.Http.GetAsync($"/cohorts/{cohort}/calendar.ics?token=0000");
        var noToken = await calendarApp.Http.GetAsync($"/cohorts/{cohort}/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, byToken.StatusCode);
        Assert.Equal("text/calendar", byToken.Content.Headers.ContentType?.MediaType);
        var feed = await byToken.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", feed);
        Assert.Equal(7, feed.Split("SUMMARY:Module ").Length - 1);
        Assert.Contains($"DTSTART;VALUE=DATE:{Arrange.Today.AddDays(-14):yyyyMMdd}", feed);
        Assert.Equal(HttpStatusCode.OK, bySession.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noToken.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteLearnerPathTests(SqliteApp app) : LearnerPathTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLearnerPathTests(PostgresApp app) : LearnerPathTests<PostgresApp>(app);
