using System.Net;
using System.Text.Json;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Domain;

namespace Academy.IntegrationTests.Reflections;

/// <summary>The editor's promises: two tabs never silently overwrite each other, the preview is safe, the page is cheap.</summary>
public abstract class EditorTests<TApp>(TApp app) where TApp : AcademyApp
{
    private static async Task<HttpResponseMessage> AutosaveAsync(AcademyClient client, Page page, string text, int version) =>
        await client.Http.PostAsync(page.Url + "/draft", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["body"] = text,
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Two_tabs_autosaving_one_draft_never_overwrite_each_other_and_the_later_tab_is_told()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Two Tabs");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (learnerId, CohortRole.Learner));
        var url = $"/cohorts/{cohort}/reflections/my-reasons";
        var laptop = await learner.GetAsync(url);
        var phone = await learner.GetAsync(url);
        Assert.Equal("0", laptop.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value"));

        var first = await AutosaveAsync(learner, laptop, "Written on the laptop.", 0);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await JsonAsync(first)).GetProperty("version").GetInt32());

        var stale = await AutosaveAsync(learner, phone, "Written on the phone.", 0);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var newer = await JsonAsync(stale);
        Assert.Equal("Written on the laptop.", newer.GetProperty("body").GetString());
        Assert.Equal(1, newer.GetProperty("version").GetInt32());
        Assert.Equal("Written on the laptop.", (await learner.GetAsync(url)).Document.QuerySelector("#reflection-body")!.TextContent);

        // The phone's writer chose to keep theirs: saving on top of the version they were shown.
        Assert.Equal(HttpStatusCode.OK, (await AutosaveAsync(learner, phone, "Written on the phone.", 1)).StatusCode);

        // Without script the same holds: the stale laptop form is told, keeps its text, shows the other one.
        var told = await learner.SubmitAsync(laptop, "reflection", new Dictionary<string, string> { ["Input.Body"] = "The laptop again.", ["Input.Action"] = "save" });
        Assert.Equal(HttpStatusCode.OK, told.Status);
        Assert.Contains("changed in another window", told.Text(".form-errors"));
        Assert.Equal("The laptop again.", told.Document.QuerySelector("#reflection-body")!.TextContent);
        Assert.Equal("Written on the phone.", told.Text(".other-version"));
        var kept = await learner.SubmitAsync(told, "reflection", new Dictionary<string, string> { ["Input.Body"] = "The laptop again.", ["Input.Action"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, kept.Status);
        Assert.Equal("The laptop again.", (await learner.GetAsync(url)).Document.QuerySelector("#reflection-body")!.TextContent);

        // Submitting from a tab that missed a newer draft is told too, rather than submitting the older text.
        var behind = await learner.SubmitAsync(phone, "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "Phone text, submitted.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        Assert.Contains("changed in another window", behind.Text(".form-errors"));
        Assert.Equal(ReflectionStatus.Draft, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Reflections.Where(r => r.CohortSlug == cohort).Select(r => r.Status))));
    }

    [Fact]
    public async Task The_preview_renders_the_text_as_it_will_look_without_anything_unsafe_with_and_without_script()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Previewing Learner");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (learnerId, CohortRole.Learner));
        var page = await learner.GetAsync($"/cohorts/{cohort}/reflections/my-reasons");
        const string text = "**Bold** <script>alert(1)</script> [link](javascript:alert(2)) <img src=x onerror=alert(3)>";

        var response = await learner.Http.PostAsync(page.Url + "/preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["body"] = text,
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>Bold</strong>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<img", html);

        var withoutScript = await learner.SubmitAsync(page, "reflection", new Dictionary<string, string> { ["Input.Body"] = text, ["Input.Action"] = "preview" });
        Assert.Equal("Bold", withoutScript.Document.QuerySelector("[data-preview] strong")!.TextContent);
        Assert.Null(withoutScript.Document.QuerySelector("[data-preview] script"));
        Assert.Equal(text, withoutScript.Document.QuerySelector("#reflection-body")!.TextContent);

        // Someone outside the cohort gets nothing (the preview, like the page, is not found).
        var (outsider, _) = await app.NewLearnerAsync("Outsider");
        var outsiderPage = await outsider.GetAsync("/");
        var refused = await outsider.Http.PostAsync(page.Url + "/preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = outsiderPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["body"] = text,
        }));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task The_editor_page_takes_at_most_five_database_commands()
    {
        // The cohort and its assignments (three), the reflection, and the assignment's peer review with the reviews of it (one).
        var (learner, learnerId) = await app.NewLearnerAsync("Counted Learner");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (learnerId, CohortRole.Learner));
        var url = $"/cohorts/{cohort}/reflections/my-reasons";
        Assert.InRange((await learner.GetAsync(url)).DbCommands, 1, 5);
        await learner.SubmitAsync(url, "reflection", new Dictionary<string, string> { ["Input.Body"] = "Draft.", ["Input.Action"] = "save" });
        await learner.SubmitAsync(url, "extension", new Dictionary<string, string> { ["Extension.Until"] = Arrange.Today.AddDays(3).ToString("yyyy-MM-dd"), ["Extension.Reason"] = "Why." });
        Assert.InRange((await learner.GetAsync(url)).DbCommands, 1, 5);
    }

    [Fact]
    public async Task A_reflection_submit_skips_the_page_in_at_most_six_database_commands_and_a_refused_one_shows_the_whole_page()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Submitting Learner");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (learnerId, CohortRole.Learner));
        var url = $"/cohorts/{cohort}/reflections/my-reasons";
        var form = await learner.GetAsync(url);

        // Refused: the page comes back whole, the message beside the box, the text as typed.
        var refused = await learner.SubmitAsync(form, "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "Not quite sure yet.", ["Input.Action"] = "submit" });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Tick the box", refused.FieldError("confirm-submit"));
        Assert.Equal("Not quite sure yet.", refused.Document.QuerySelector("#reflection-body")!.TextContent);
        Assert.Equal("My list of reasons", refused.Heading);
        Assert.NotEmpty(refused.Text("#prompt-heading ~ p"));
        Assert.NotNull(refused.Document.QuerySelector("#time-heading"));
        Assert.NotNull(refused.Document.QuerySelector("form input[name=_handler][value=audience]"));
        Assert.Equal(form.Document.QuerySelector("form[data-reflection-editor]")!.GetAttribute("data-draft-url"),
            refused.Document.QuerySelector("form[data-reflection-editor]")!.GetAttribute("data-draft-url"));

        var submitted = await learner.SubmitAsync(refused, "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "Sure now.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        // Only the submission's own work: the page's view is not read for a post that leaves it (it was 10 when it was).
        Assert.True(submitted.DbCommands is > 0 and <= 6, $"The submit took {submitted.DbCommands} database commands.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEditorTests(SqliteApp app) : EditorTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEditorTests(PostgresApp app) : EditorTests<PostgresApp>(app);
