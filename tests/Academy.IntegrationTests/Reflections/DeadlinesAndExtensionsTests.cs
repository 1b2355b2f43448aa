using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Reflections;

/// <summary>Instructors move due dates, set cut-offs and give learners more time; learners ask for it.</summary>
public abstract class DeadlinesAndExtensionsTests<TApp>(TApp app) where TApp : AcademyApp
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_moved_due_date_decides_lateness_a_cut_off_closes_submissions_and_an_extension_reopens_them()
    {
        var (early, earlyId) = await app.NewLearnerAsync("Early Learner");
        var (late, lateId) = await app.NewLearnerAsync("Late Learner");
        var (instructor, instructorId) = await app.NewLearnerAsync("Deadline Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(earlyId, CohortRole.Learner), (lateId, CohortRole.Learner), (instructorId, CohortRole.Instructor)]);
        var deadlines = $"/cohorts/{cohort}/reflections/deadlines";
        Assert.Equal(HttpStatusCode.NotFound, (await early.GetAsync(deadlines)).Status);

        // Row 0 is module 1's "my-reasons" (due a week ago by default), row 1 its "walking-the-talk".
        var page = await instructor.GetAsync(deadlines);
        Assert.Equal(Iso(Arrange.Today.AddDays(-7)), page.InputValue("due-0"));
        var invalid = await instructor.SubmitAsync(page, "dates", new Dictionary<string, string>
        {
            ["Dates.Rows[1].CutOffOn"] = Iso(Arrange.Today.AddDays(-10)),
        });
        Assert.Contains("cannot be before the due date", invalid.FieldError("cutoff-1"));
        Assert.Equal(Iso(Arrange.Today.AddDays(-10)), invalid.InputValue("cutoff-1"));

        var saved = await instructor.SubmitAsync(page, "dates", new Dictionary<string, string>
        {
            ["Dates.Rows[0].DueOn"] = Iso(Arrange.Today.AddDays(3)),
            ["Dates.Rows[1].CutOffOn"] = Iso(Arrange.Today.AddDays(-2)),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var reloaded = await instructor.GetAsync(deadlines);
        Assert.Equal(Iso(Arrange.Today.AddDays(3)), reloaded.InputValue("due-0"));
        Assert.Equal(Iso(Arrange.Today.AddDays(-2)), reloaded.InputValue("cutoff-1"));

        // Moved a week into the future: a submission today is on time.
        await early.SubmitAsync($"/cohorts/{cohort}/reflections/my-reasons", "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "On time after all.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        var mine = await early.GetAsync($"/cohorts/{cohort}/reflections");
        Assert.StartsWith("Submitted |", mine.Text("table .badge"));

        // Past the cut-off: refused with the reason, the text kept.
        var closedUrl = $"/cohorts/{cohort}/reflections/walking-the-talk";
        var closed = await late.GetAsync(closedUrl);
        Assert.Contains("Submissions closed", closed.Text(".notice"));
        var refused = await late.SubmitAsync(closed, "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "Late but honest.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        Assert.Contains("ask your instructor for an extension", refused.Text(".form-errors, [role=alert]"));
        Assert.Equal("Late but honest.", refused.Document.QuerySelector("#reflection-body")!.TextContent);

        var noReason = await late.SubmitAsync(closedUrl, "extension", new Dictionary<string, string> { ["Extension.Until"] = Iso(Arrange.Today.AddDays(2)) });
        Assert.Contains("why you need more time", noReason.FieldError("extension-reason"));
        Assert.Equal(Iso(Arrange.Today.AddDays(2)), noReason.InputValue("extension-until"));
        await late.SubmitAsync(closedUrl, "extension", new Dictionary<string, string>
        {
            ["Extension.Until"] = Iso(Arrange.Today.AddDays(2)), ["Extension.Reason"] = "A board meeting moved to this week.",
        });
        Assert.Contains("You asked for more time", (await late.GetAsync(closedUrl)).Text(".notice"));
        Assert.Contains("asks for more time", (await instructor.GetAsync("/notifications")).Text(".notifications"));

        var queue = await instructor.GetAsync($"/cohorts/{cohort}/reflections/review");
        Assert.Contains("A board meeting moved to this week.", queue.Text(".extension-requests"));
        var grant = queue.Document.QuerySelector("form input[name=_handler][value^='grant-']")!.GetAttribute("value")!;
        await instructor.SubmitAsync(queue, grant, new Dictionary<string, string> { ["GrantUntil"] = Iso(Arrange.Today.AddDays(2)) });
        Assert.Empty((await instructor.GetAsync($"/cohorts/{cohort}/reflections/review")).Document.QuerySelectorAll(".extension-requests li"));
        Assert.Contains("gave you until", (await late.GetAsync("/notifications")).Text(".notifications"));

        var reopened = await late.GetAsync(closedUrl);
        Assert.Contains("gave you until", reopened.Text("#time-heading ~ p"));
        var accepted = await late.SubmitAsync(reopened, "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "Late but honest.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var waiting = (await instructor.GetAsync($"/cohorts/{cohort}/reflections/review")).Text(".review-queue");
        Assert.Contains("Late Learner", waiting);
        Assert.DoesNotContain("Late", waiting.Replace("Late Learner", string.Empty));
    }

    [Fact]
    public async Task A_moved_due_date_is_the_one_learners_see_on_their_home_page()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Home Learner");
        var (instructor, instructorId) = await app.NewLearnerAsync("Home Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-20), members: [(learnerId, CohortRole.Learner), (instructorId, CohortRole.Instructor)]);
        Assert.Contains($"Next: {Arrange.Today.AddDays(1):ddd d MMM}", (await learner.GetAsync("/")).Text("main .meta"));

        await instructor.SubmitAsync($"/cohorts/{cohort}/reflections/deadlines", "dates", new Dictionary<string, string> { ["Dates.Rows[0].DueOn"] = Iso(Arrange.Today) });
        // The form was read with the dates before the change; they are kept (CohortOwnDatesMemory) until a change forgets them.
        Assert.Equal(Iso(Arrange.Today), (await instructor.GetAsync($"/cohorts/{cohort}/reflections/deadlines")).InputValue("due-0"));
        var home = (await learner.GetAsync("/")).Text("main .meta");
        Assert.Contains($"{Arrange.Today:ddd d MMM} · Reflections on module 1 are due", home);
    }

    [Fact]
    public async Task An_instructor_declines_a_request_privately_and_gives_time_unasked()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Asking Learner");
        var (instructor, instructorId) = await app.NewLearnerAsync("Strict Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(learnerId, CohortRole.Learner), (instructorId, CohortRole.Instructor)]);
        var url = $"/cohorts/{cohort}/reflections/my-reasons";

        var tooEarly = await learner.SubmitAsync(url, "extension", new Dictionary<string, string>
        {
            ["Extension.Until"] = Iso(Arrange.Today.AddDays(-9)), ["Extension.Reason"] = "Travel.",
        });
        Assert.Contains("after the due date", tooEarly.FieldError("extension-until"));
        await learner.SubmitAsync(url, "extension", new Dictionary<string, string> { ["Extension.Until"] = Iso(Arrange.Today.AddDays(4)), ["Extension.Reason"] = "Travel." });

        var queue = await instructor.GetAsync($"/cohorts/{cohort}/reflections/review");
        var decline = queue.Document.QuerySelector("form input[name=_handler][value^='decline-']")!.GetAttribute("value")!;
        await instructor.SubmitAsync(queue, decline, new Dictionary<string, string>());
        Assert.Contains("could not give you more time", (await learner.GetAsync("/notifications")).Text(".notifications"));
        var page = await learner.GetAsync(url);
        Assert.DoesNotContain("You asked for more time", page.Document.Body!.TextContent);
        Assert.Contains(Arrange.Today.AddDays(-7).ToString("dddd d MMMM"), page.Text("header .meta"));

        var deadlines = $"/cohorts/{cohort}/reflections/deadlines";
        var unchosen = await instructor.SubmitAsync(deadlines, "extension", new Dictionary<string, string> { ["Extension.Until"] = Iso(Arrange.Today.AddDays(5)) });
        Assert.Contains("Choose a learner", unchosen.FieldError("extension-learner"));
        await instructor.SubmitAsync(deadlines, "extension", new Dictionary<string, string>
        {
            ["Extension.LearnerId"] = learnerId, ["Extension.AssignmentSlug"] = "my-reasons", ["Extension.Until"] = Iso(Arrange.Today.AddDays(5)),
        });
        Assert.Contains("Asking Learner: My list of reasons", (await instructor.GetAsync(deadlines)).Text("#extension-heading ~ ul"));
        Assert.Contains(Arrange.Today.AddDays(5).ToString("dddd d MMMM"), (await learner.GetAsync(url)).Text("header .meta"));

        // Only the cohort's learners can be given time, and only by the cohort's instructors.
        var (outsider, outsiderId) = await app.NewLearnerAsync("Outside Learner");
        var stranger = await instructor.SubmitAsync(deadlines, "extension", new Dictionary<string, string>
        {
            ["Extension.LearnerId"] = outsiderId, ["Extension.AssignmentSlug"] = "my-reasons", ["Extension.Until"] = Iso(Arrange.Today.AddDays(5)),
        });
        Assert.Contains("Choose a learner of this cohort", stranger.FieldError("extension-learner"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(deadlines)).Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDeadlinesAndExtensionsTests(SqliteApp app) : DeadlinesAndExtensionsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeadlinesAndExtensionsTests(PostgresApp app) : DeadlinesAndExtensionsTests<PostgresApp>(app);
