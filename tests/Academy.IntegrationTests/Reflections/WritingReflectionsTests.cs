using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Reflections;

public abstract class WritingReflectionsTests<TApp>(TApp app) where TApp : AcademyApp
{
    private async Task<(AcademyClient Learner, string Cohort)> LearnerInNewCohortAsync(int startedDaysAgo = 14)
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Reflecting Learner");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-startedDaysAgo), members: (learnerId, CohortRole.Learner));
        return (learner, cohort);
    }

    [Fact]
    public async Task A_learner_drafts_saves_and_submits_a_reflection_which_then_reads_back_read_only()
    {
        var (learner, cohort) = await LearnerInNewCohortAsync();
        var url = $"/cohorts/{cohort}/reflections/my-reasons";

        var list = await learner.GetAsync($"/cohorts/{cohort}/reflections");
        Assert.Equal("My reflections", list.Heading);
        Assert.Contains("My list of reasons", list.Text("table"));

        await learner.SubmitAsync(url, "reflection", new Dictionary<string, string> { ["Input.Body"] = "First thoughts on **my reasons**.", ["Input.Action"] = "save" });
        var reloaded = await learner.GetAsync(url);
        Assert.Equal("First thoughts on **my reasons**.", reloaded.Document.QuerySelector("#reflection-body")!.TextContent);
        Assert.Contains("Draft saved", reloaded.Text("[data-draft-status]"));

        var unconfirmed = await learner.SubmitAsync(reloaded, "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "My finished reflection.", ["Input.Action"] = "submit" });
        Assert.Contains("Tick the box", unconfirmed.FieldError("confirm-submit"));
        Assert.Equal("My finished reflection.", unconfirmed.Document.QuerySelector("#reflection-body")!.TextContent);

        var form = await learner.GetAsync(url);
        var fields = new Dictionary<string, string> { ["Input.Body"] = "My finished reflection on **focus**.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" };
        var submitted = await learner.SubmitAsync(form, "reflection", fields);
        var doubleClick = await learner.SubmitAsync(form, "reflection", fields);
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        Assert.Equal(HttpStatusCode.Redirect, doubleClick.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Academy.Reflections.Domain.ReflectionSubmission>().CountAsync(s =>
            db.Set<Academy.Reflections.Domain.Reflection>().Any(r => r.Id == s.ReflectionId && r.CohortSlug == cohort))));
        var readOnly = await learner.GetAsync(url);
        Assert.Empty(readOnly.Document.QuerySelectorAll("#reflection-body"));
        Assert.Equal("focus", readOnly.Document.QuerySelector("#submitted-heading ~ .prose strong")!.TextContent);
        Assert.Contains("Submitted", (await learner.GetAsync($"/cohorts/{cohort}/reflections")).Text("table"));
    }

    [Fact]
    public async Task The_instructor_scores_against_the_rubric_returns_for_revision_and_completes_and_the_learner_is_told()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Reviewed Learner");
        var (instructor, instructorId) = await app.NewLearnerAsync("Reviewing Instructor");
        var (peer, peerId) = await app.NewLearnerAsync("Peer Learner");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(learnerId, CohortRole.Learner), (instructorId, CohortRole.Instructor), (peerId, CohortRole.Learner)]);
        var url = $"/cohorts/{cohort}/reflections/my-reasons";
        await learner.SubmitAsync(url, "reflection", new Dictionary<string, string>
        {
            ["Input.Body"] = "Version one.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true",
        });

        Assert.Equal(HttpStatusCode.NotFound, (await peer.GetAsync($"/cohorts/{cohort}/reflections/review")).Status);
        var queue = await instructor.GetAsync($"/cohorts/{cohort}/reflections/review");
        var reviewUrl = queue.Document.QuerySelector(".review-queue a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.NotFound, (await peer.GetAsync(reviewUrl)).Status);

        var incomplete = await instructor.SubmitAsync(reviewUrl, "review", new Dictionary<string, string>
        {
            ["Input.Scores[0]"] = "3", ["Input.Feedback"] = "Good start.", ["Input.Decision"] = "return",
        });
        Assert.Contains("Choose a level", incomplete.Text(".field-error"));

        var scores = new Dictionary<string, string> { ["Input.Scores[0]"] = "3", ["Input.Scores[1]"] = "2", ["Input.Scores[2]"] = "3", ["Input.Scores[3]"] = "4" };
        await instructor.SubmitAsync(reviewUrl, "review", new Dictionary<string, string>(scores) { ["Input.Feedback"] = "Tie reason 2 to a **real** decision.", ["Input.Decision"] = "return" });
        var returned = await learner.GetAsync(url);
        Assert.Contains("12 of 16 points", returned.Text("#feedback-heading"));
        Assert.Contains("Returned for revision", returned.Text(".notice"));
        Assert.Equal("real", returned.Document.QuerySelector("#feedback-heading ~ .prose strong")!.TextContent);
        Assert.Contains("returned your reflection", (await learner.GetAsync("/notifications")).Text(".notifications"));

        var resubmitted = await learner.SubmitAsync(returned, "reflection", new Dictionary<string, string>
        {
            ["Input.Body"] = "Version two, with a real decision.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.Status);
        queue = await instructor.GetAsync($"/cohorts/{cohort}/reflections/review");
        Assert.Contains("Resubmitted (version 2)", queue.Text(".review-queue"));
        var changes = await instructor.GetAsync(reviewUrl);
        Assert.Contains("one", changes.Text(".changes .diff del"));
        Assert.Contains("with a real decision", changes.Text(".changes .diff ins"));
        await instructor.SubmitAsync(reviewUrl, "review", new Dictionary<string, string>(scores) { ["Input.Scores[1]"] = "4", ["Input.Feedback"] = "Much better.", ["Input.Decision"] = "complete" });

        var completed = await learner.GetAsync(url);
        Assert.Contains("14 of 16 points", completed.Text("#feedback-heading"));
        Assert.Contains("Version 1,", completed.Text("#versions-heading ~ details summary"));
        Assert.Contains("with a real decision", completed.Text("#versions-heading ~ details[open] .diff ins"));
        var mine = await learner.GetAsync($"/cohorts/{cohort}/reflections");
        Assert.StartsWith("Reviewed | ", mine.Text("table .badge"));
        Assert.Equal("14 / 16", mine.Document.QuerySelector("table tbody tr td:last-child")!.TextContent.Trim());
        Assert.Empty(completed.Document.QuerySelectorAll("#reflection-body"));
        Assert.Empty((await instructor.GetAsync($"/cohorts/{cohort}/reflections/review")).Document.QuerySelectorAll(".review-queue li"));

        // Exports: the learner's portfolio, the instructor's scores; neither for anyone else.
        using var zip = new System.IO.Compression.ZipArchive(await learner.Http.GetStreamAsync($"/cohorts/{cohort}/reflections/portfolio.zip"));
        var markdown = await new StreamReader(zip.GetEntry("01-my-reasons.md")!.Open()).ReadToEndAsync();
        Assert.Contains("Version two, with a real decision.", markdown);
        Assert.Contains("Much better.", markdown);
        Assert.Contains("14 of 16 points", await new StreamReader(zip.GetEntry("reflections.html")!.Open()).ReadToEndAsync());
        var csv = await instructor.Http.GetStringAsync($"/cohorts/{cohort}/reflections/scores.csv");
        Assert.Contains("Reviewed Learner,1,My list of reasons,Completed,14,16,", csv);
        Assert.Contains("Peer Learner,1,My list of reasons,Not started,,16,", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.Http.GetAsync($"/cohorts/{cohort}/reflections/scores.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await instructor.Http.GetAsync($"/cohorts/{cohort}/reflections/portfolio.zip")).StatusCode);
    }

    [Fact]
    public async Task A_learner_shares_a_reflection_with_the_cohort_where_peers_comment_but_never_see_scores()
    {
        var (author, authorId) = await app.NewLearnerAsync("Sharing Learner");
        var (peer, peerId) = await app.NewLearnerAsync("Commenting Peer");
        var (quiet, quietId) = await app.NewLearnerAsync("Private Learner");
        var (outsider, _) = await app.NewLearnerAsync("Outsider");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(authorId, CohortRole.Learner), (peerId, CohortRole.Learner), (quietId, CohortRole.Learner)]);
        var url = $"/cohorts/{cohort}/reflections/my-reasons";
        foreach (var (learner, text) in new[] { (author, "Shared thoughts on **networks**."), (quiet, "Private thoughts.") })
        {
            await learner.SubmitAsync(url, "reflection", new Dictionary<string, string> { ["Input.Body"] = text, ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        }

        await author.SubmitAsync(url, "audience", new Dictionary<string, string> { ["Audience"] = "Cohort" });

        var gallery = await peer.GetAsync($"{url}/gallery");
        Assert.Contains("Shared thoughts on networks.", gallery.Text("article"));
        Assert.DoesNotContain("Private thoughts", gallery.Document.Body!.TextContent);
        var form = gallery.Document.QuerySelector("form input[name=_handler][value^='comment-']")!.GetAttribute("value")!;
        await peer.SubmitAsync(gallery, form, new Dictionary<string, string> { ["Comment"] = "This made me rethink my own **list**." });
        Assert.Contains("This made me rethink my own list.", (await author.GetAsync($"{url}/gallery")).Text(".gallery-comments"));
        Assert.Contains("Commenting Peer commented on your reflection", (await author.GetAsync("/notifications")).Text(".notifications"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{url}/gallery")).Status);

        await author.SubmitAsync(url, "audience", new Dictionary<string, string> { ["Audience"] = "Private" });
        Assert.DoesNotContain("Shared thoughts", (await peer.GetAsync($"{url}/gallery")).Document.Body!.TextContent);
    }

    [Fact]
    public async Task A_reflection_is_personal_and_closed_to_outsiders_and_to_modules_not_yet_open()
    {
        var (learner, cohort) = await LearnerInNewCohortAsync(startedDaysAgo: 0);
        var (outsider, _) = await app.NewLearnerAsync("Outsider");
        var page = await learner.GetAsync($"/cohorts/{cohort}/reflections/my-reasons");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // Module 7 opens six weeks after the start: no editor, and the autosave endpoint refuses it.
        var later = await learner.GetAsync($"/cohorts/{cohort}/reflections/my-90-day-plan");
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Empty(later.Document.QuerySelectorAll("#reflection-body"));
        var autosave = await learner.Http.PostAsync($"/cohorts/{cohort}/reflections/my-90-day-plan/draft",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["body"] = "Too early", ["version"] = "0" }));
        Assert.Equal(HttpStatusCode.NotFound, autosave.StatusCode);
        var saved = await learner.Http.PostAsync($"/cohorts/{cohort}/reflections/my-reasons/draft",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["body"] = "Autosaved words", ["version"] = "0" }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/cohorts/{cohort}/reflections")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/cohorts/{cohort}/reflections/my-reasons")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/cohorts/{cohort}/reflections/no-such-assignment")).Status);
        Assert.Equal("Autosaved words", (await learner.GetAsync($"/cohorts/{cohort}/reflections/my-reasons")).Document.QuerySelector("#reflection-body")!.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteWritingReflectionsTests(SqliteApp app) : WritingReflectionsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresWritingReflectionsTests(PostgresApp app) : WritingReflectionsTests<PostgresApp>(app);
