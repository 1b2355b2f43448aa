using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Courses;

/// <summary>Instructors author their course in the app: drafts, preview, publishing, history, restore, order.</summary>
public abstract class AuthoringTests<TApp>(TApp app) where TApp : AcademyApp
{
    private sealed record World(string Course, string Cohort, AcademyClient Instructor, AcademyClient Learner, string LearnerId, string Folder);

    /// <summary>A copy of the course of its own (so edits touch no other test), a cohort, its instructor and a learner.</summary>
    private async Task<World> CourseOfOwnAsync()
    {
        var course = $"authored-{Guid.NewGuid():N}"[..20];
        var folder = Arrange.CopyOfCourseContent(course);
        await app.ImportContentAsync(folder);
        var (instructor, instructorId) = await app.NewLearnerAsync("Authoring Instructor");
        var (learner, learnerId) = await app.NewLearnerAsync("Reading Learner");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), course, (instructorId, CohortRole.Instructor), (learnerId, CohortRole.Learner));
        return new World(course, cohort, instructor, learner, learnerId, folder);
    }

    [Fact]
    public async Task Only_the_courses_instructors_and_admins_author_it()
    {
        var world = await CourseOfOwnAsync();
        var (otherInstructor, otherInstructorId) = await app.NewLearnerAsync("Instructor Elsewhere");
        await app.NewCohortAsync(Arrange.Today, members: (otherInstructorId, CohortRole.Instructor));
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        var addresses = new[] { $"/teach/courses/{world.Course}", $"/teach/courses/{world.Course}/modules/your-radar", $"/teach/courses/{world.Course}/modules/your-radar/history" };
        foreach (var url in addresses)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await app.CreateAcademyClient().GetAsync(url)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await world.Learner.GetAsync(url)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await otherInstructor.GetAsync(url)).Status);
            Assert.Equal(HttpStatusCode.OK, (await world.Instructor.GetAsync(url)).Status);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).Status);
        }

        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(otherInstructorId, new Academy.Courses.Authoring.PublishModuleDraft(world.Course, "your-radar")));
    }

    [Fact]
    public async Task A_draft_is_invisible_to_learners_until_published_and_an_old_revision_can_be_restored_and_published_again()
    {
        var world = await CourseOfOwnAsync();
        var editor = $"/teach/courses/{world.Course}/modules/your-radar";
        var modulePage = $"/courses/{world.Course}/modules/your-radar?cohort={world.Cohort}";
        var page = await world.Instructor.GetAsync(editor);
        Assert.Equal("Your radar: monitoring and smart filtering", page.InputValue("title"));
        Assert.Equal("my-radar", page.InputValue("reflection-0-slug"));

        // Bad input: named beside each field, everything typed kept.
        var invalid = await world.Instructor.SubmitAsync(page, "module", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.Body"] = "Kept body text.", ["Action"] = "save",
            ["Input.ReflectionPrompts[0].Slug"] = "My Radar!", ["Input.ReflectionPrompts[1].Slug"] = "my-reasons",
        });
        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        Assert.Contains("Give the module a title", invalid.FieldError("title"));
        Assert.Contains("Lower-case letters", invalid.FieldError("reflection-0-slug"));
        Assert.Equal("My Radar!", invalid.InputValue("reflection-0-slug"));
        Assert.Equal("Kept body text.", invalid.Document.QuerySelector("#body")!.TextContent);
        var clash = await world.Instructor.SubmitAsync(page, "module", new Dictionary<string, string> { ["Input.ReflectionPrompts[1].Slug"] = "my-reasons", ["Action"] = "save" });
        Assert.True(clash.FieldError("reflection-1-slug").Contains("Another module already has", StringComparison.Ordinal), $"{clash.Status} {clash.Text(".field-error, .form-errors")}");

        var preview = await world.Instructor.SubmitAsync(page, "module", new Dictionary<string, string> { ["Input.Body"] = "## A new start\n\nWith **radar** words.", ["Action"] = "preview" });
        Assert.Equal("radar", preview.Document.QuerySelector("[data-preview] strong")!.TextContent);

        var saved = await world.Instructor.SubmitAsync(page, "module", new Dictionary<string, string>
        {
            ["Input.Title"] = "Your radar, revised", ["Input.Body"] = "## A new start\n\nWith **radar** words.", ["Action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("monitoring and smart filtering", (await world.Learner.GetAsync(modulePage)).Heading);

        var draft = await world.Instructor.GetAsync(editor);
        var published = await world.Instructor.SubmitAsync(draft, "module", new Dictionary<string, string> { ["Action"] = "publish" });
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        var learnerView = await world.Learner.GetAsync(modulePage);
        Assert.Equal("Your radar, revised", learnerView.Heading);
        Assert.Contains("radar words", learnerView.Text(".prose"));

        // The history lists both revisions with their authors and shows what changed; revision 1 comes back as a draft.
        var history = await world.Instructor.GetAsync($"{editor}/history");
        Assert.Contains("Authoring Instructor", history.Text(".revisions-table"));
        Assert.Contains("Content files", history.Text(".revisions-table"));
        Assert.Equal(", revised", history.Text(".diff ins").Split(" | ")[0]);
        await world.Instructor.SubmitAsync(history, "restore", new Dictionary<string, string> { ["restore"] = "1" });
        var restored = await world.Instructor.GetAsync(editor);
        Assert.Equal("Your radar: monitoring and smart filtering", restored.InputValue("title"));
        Assert.Equal("Your radar, revised", (await world.Learner.GetAsync(modulePage)).Heading);
        await world.Instructor.SubmitAsync(restored, "module", new Dictionary<string, string> { ["Action"] = "publish" });
        Assert.Contains("monitoring and smart filtering", (await world.Learner.GetAsync(modulePage)).Heading);
        Assert.Equal(3, (await world.Instructor.GetAsync($"{editor}/history")).Document.QuerySelectorAll(".revisions-table tbody tr").Length);

        // The content folder, imported again at the next start, does not undo what was published in the app.
        await world.Instructor.SubmitAsync(await world.Instructor.GetAsync(editor), "module", new Dictionary<string, string> { ["Input.Title"] = "Edited in the app", ["Action"] = "publish" });
        await app.ImportContentAsync(world.Folder);
        Assert.Equal("Edited in the app", (await world.Learner.GetAsync(modulePage)).Heading);
    }

    [Fact]
    public async Task A_picture_uploaded_for_a_module_is_checked_served_with_its_own_type_and_shown_in_the_text()
    {
        var world = await CourseOfOwnAsync();
        var editor = $"/teach/courses/{world.Course}/modules/your-radar";
        var page = await world.Instructor.GetAsync(editor);
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var fake = await world.Instructor.UploadAsync(page, "image", "ImageFile", "<svg onload=alert(1)>"u8.ToArray(), "evil.svg");
        Assert.Contains("not a JPEG, PNG or WebP", fake.FieldError("image-file"));
        var uploaded = await world.Instructor.UploadAsync(page, "image", "ImageFile", png, "My Radar Diagram.GIF");
        var markdown = uploaded.Document.QuerySelector(".course-images input")!.GetAttribute("value")!;
        Assert.Equal($"![Describe the picture](/courses/{world.Course}/images/my-radar-diagram.png)", markdown);

        var image = await world.Learner.Http.GetAsync($"/courses/{world.Course}/images/my-radar-diagram.png");
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await world.Learner.Http.GetAsync($"/courses/{world.Course}/images/nothing.png")).StatusCode);

        await world.Instructor.SubmitAsync(await world.Instructor.GetAsync(editor), "module", new Dictionary<string, string>
        {
            ["Input.Body"] = $"## The radar\n\n{markdown.Replace("Describe the picture", "A radar with four rings")}", ["Action"] = "publish",
        });
        var img = (await world.Learner.GetAsync($"/courses/{world.Course}/modules/your-radar?cohort={world.Cohort}")).Document.QuerySelector(".prose img")!;
        Assert.Equal($"/courses/{world.Course}/images/my-radar-diagram.png", img.GetAttribute("src"));
        Assert.Equal("A radar with four rings", img.GetAttribute("alt"));
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(world.LearnerId, new Academy.Courses.Authoring.UploadModuleImage(world.Course, "x.png", png)));
    }

    [Fact]
    public async Task A_draft_scheduled_for_later_publishes_by_itself_when_its_time_comes()
    {
        var world = await CourseOfOwnAsync();
        var editor = $"/teach/courses/{world.Course}/modules/your-radar";
        var modulePage = $"/courses/{world.Course}/modules/your-radar?cohort={world.Cohort}";
        var past = await world.Instructor.SubmitAsync(editor, "module", new Dictionary<string, string>
        {
            ["Input.Title"] = "Your radar, next week", ["Action"] = "schedule", ["PublishAt"] = DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"),
        });
        Assert.Contains("a time in the future", past.FieldError("publish-at"));
        Assert.Equal("Your radar, next week", past.InputValue("title"));

        var scheduled = await world.Instructor.SubmitAsync(editor, "module", new Dictionary<string, string>
        {
            ["Input.Title"] = "Your radar, next week", ["Action"] = "schedule", ["PublishAt"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm"),
        });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.Status);
        Assert.Contains("Scheduled to publish", (await world.Instructor.GetAsync(editor)).Text("header .meta"));

        var publish = () => app.WithScopeAsync(services => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Academy.Courses.Authoring.ScheduledPublisher>(services).PublishDueAsync(CancellationToken.None));
        Assert.Equal(0, await publish());
        Assert.Contains("monitoring and smart filtering", (await world.Learner.GetAsync(modulePage)).Heading);

        // Two days later.
        await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            db.CourseModules.Where(m => m.PublishDraftAt != null), setters => setters.SetProperty(m => m.PublishDraftAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.True(await publish() >= 1);
        Assert.Equal("Your radar, next week", (await world.Learner.GetAsync(modulePage)).Heading);
        Assert.DoesNotContain("Scheduled to publish", (await world.Instructor.GetAsync(editor)).Text("header .meta"));
    }

    [Fact]
    public async Task A_new_reflection_prompt_with_its_rubric_becomes_an_assignment_and_modules_can_be_reordered_and_hidden()
    {
        var world = await CourseOfOwnAsync();
        var editor = $"/teach/courses/{world.Course}/modules/why-leaders-engage";
        var withBlock = await world.Instructor.SubmitAsync(editor, "module", new Dictionary<string, string> { ["Action"] = "add-reflection" });
        Assert.Equal("Beginning", withBlock.InputValue("reflection-2-criterion-0-level-0-name"));
        var published = await world.Instructor.SubmitAsync(withBlock, "module", new Dictionary<string, string>
        {
            ["Input.ReflectionPrompts[2].Slug"] = "my-first-post", ["Input.ReflectionPrompts[2].Title"] = "My first post",
            ["Input.ReflectionPrompts[2].Prompt"] = "Write and share one post; reflect on what happened.",
            ["Input.ReflectionPrompts[2].Criteria[0].Criterion"] = "Honesty", ["Action"] = "publish",
        });
        Assert.True(published.Status == HttpStatusCode.Redirect, $"{published.Status} {published.Text(".field-error, .form-errors")}");
        var mine = await world.Learner.GetAsync($"/cohorts/{world.Cohort}/reflections");
        Assert.Contains("My first post", mine.Text("table"));
        Assert.Contains("4 points", (await world.Learner.GetAsync($"/cohorts/{world.Cohort}/reflections/my-first-post")).Text("header .meta"));

        var course = $"/teach/courses/{world.Course}";
        var authoring = await world.Instructor.GetAsync(course);
        await world.Instructor.SubmitAsync(authoring, "up-your-radar", new Dictionary<string, string>());
        var outline = await world.Learner.GetAsync($"/courses/{world.Course}?cohort={world.Cohort}");
        var titles = outline.Document.QuerySelectorAll("ol.outline li a, .module-list a").Select(a => a.TextContent.Trim()).ToList();
        Assert.True(titles.FindIndex(t => t.StartsWith("Your radar", StringComparison.Ordinal)) < titles.FindIndex(t => t.StartsWith("Why leaders", StringComparison.Ordinal)),
            string.Join(" | ", titles));

        await world.Instructor.SubmitAsync(await world.Instructor.GetAsync(course), "hide-your-radar", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, (await world.Learner.GetAsync($"/courses/{world.Course}/modules/your-radar?cohort={world.Cohort}")).Status);
        Assert.Contains("Hidden", (await world.Instructor.GetAsync(course)).Text(".authoring-table"));
    }
}

public abstract class CourseCreationTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task An_instructor_creates_a_course_adds_a_module_publishes_it_and_starts_a_cohort_and_a_learner_cannot()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Course Creator");
        await app.NewCohortAsync(Arrange.Today, members: (instructorId, CohortRole.Instructor));
        var (learner, learnerId) = await app.NewLearnerAsync("Just A Learner");
        var slug = $"created-{Guid.NewGuid():N}"[..18];
        Assert.DoesNotContain("Digital Leadership", (await learner.GetAsync("/")).Text("main")); // home keeps the courses it read

        var missing = await instructor.SubmitAsync("/teach", "create-course", new Dictionary<string, string> { ["NewCourse.Title"] = "Digital Leadership", ["NewCourse.Slug"] = "Not A Slug" });
        Assert.Contains("Lower-case letters", missing.FieldError("course-slug"));
        Assert.Contains("Say in a sentence", missing.FieldError("course-summary"));
        Assert.Equal("Digital Leadership", missing.InputValue("course-title"));
        var created = await instructor.SubmitAsync("/teach", "create-course", new Dictionary<string, string>
        {
            ["NewCourse.Title"] = "Digital Leadership", ["NewCourse.Slug"] = slug, ["NewCourse.Summary"] = "Leading in the open.", ["NewCourse.Hours"] = "6",
        });
        Assert.EndsWith($"/teach/courses/{slug}", created.RedirectedTo);
        var duplicate = await instructor.SubmitAsync("/teach", "create-course", new Dictionary<string, string>
        {
            ["NewCourse.Title"] = "Again", ["NewCourse.Slug"] = slug, ["NewCourse.Summary"] = "Again.", ["NewCourse.Hours"] = "6",
        });
        Assert.Contains("Another course has this slug", duplicate.FieldError("course-slug"));

        var course = $"/teach/courses/{slug}";
        var cohort = await instructor.SubmitAsync(course, "new-cohort", new Dictionary<string, string> { ["NewCohort.Name"] = "Pilot", ["NewCohort.StartsOn"] = Arrange.Today.ToString("yyyy-MM-dd") });
        var cohortSlug = cohort.RedirectedTo!.Split('/').Last();
        await app.NewCohortMembershipAsync(cohortSlug, learnerId, CohortRole.Learner);
        var enrolled = await learner.GetAsync("/"); // creating the course made home forget what it kept
        Assert.Contains("Digital Leadership", enrolled.Text(".learning-card"));
        Assert.DoesNotContain("Digital Leadership", enrolled.Text("#catalogue-heading ~ ul")); // nothing published yet

        await instructor.SubmitAsync(course, "new-module", new Dictionary<string, string> { ["NewModule.Title"] = "First steps", ["NewModule.Slug"] = "first-steps" });
        await instructor.SubmitAsync(course, "new-module", new Dictionary<string, string> { ["NewModule.Title"] = "A mistake", ["NewModule.Slug"] = "a-mistake" });
        await instructor.SubmitAsync(await instructor.GetAsync(course), "delete-a-mistake", new Dictionary<string, string>());
        Assert.DoesNotContain("A mistake", (await instructor.GetAsync(course)).Text(".authoring-table"));
        Assert.DoesNotContain("Digital Leadership", (await learner.GetAsync("/")).Text("#catalogue-heading ~ ul"));
        var editor = await instructor.GetAsync($"{course}/modules/first-steps");
        var published = await instructor.SubmitAsync(editor, "module", new Dictionary<string, string> { ["Input.Body"] = "## Start here\n\nPost one thing today.", ["Action"] = "publish" });
        Assert.True(published.Status == HttpStatusCode.Redirect, $"{published.Status} {published.Text(".field-error, .form-errors")}");
        Assert.Contains("Digital Leadership", (await learner.GetAsync("/")).Text("#catalogue-heading ~ ul h3")); // publishing made it forget again

        var reading = await learner.GetAsync($"/courses/{slug}/modules/first-steps?cohort={cohortSlug}");
        Assert.True(reading.Text(".prose").Contains("Post one thing today.", StringComparison.Ordinal), $"{reading.Status} {reading.Heading}");

        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync(course)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync("/teach")).Status);
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(learnerId, new Academy.Courses.Authoring.CreateCourse("Mine", $"{slug}-x", "Mine.", 1, "en")));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCourseCreationTests(SqliteApp app) : CourseCreationTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCourseCreationTests(PostgresApp app) : CourseCreationTests<PostgresApp>(app);

[Collection(SqliteCollection.Name)]
public sealed class SqliteAuthoringTests(SqliteApp app) : AuthoringTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuthoringTests(PostgresApp app) : AuthoringTests<PostgresApp>(app);
