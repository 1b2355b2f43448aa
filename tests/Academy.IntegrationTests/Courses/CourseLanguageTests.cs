using System.IO.Compression;
using System.Net;
using System.Text;
using Academy.Contracts.Cohorts;
using Academy.Courses.Authoring;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Courses;

/// <summary>
/// A course says in course.md which language its content is written in; every page that shows the course's words puts
/// that language in the <c>lang</c> of the element that holds them, whatever language the page around them speaks.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class CourseLanguageTests(SqliteApp app)
{
    private const string Course = "/courses/social-media-for-leaders";

    private static async Task<Page> GetInAsync(AcademyClient client, string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var page = await Page.ReadAsync(await client.Http.SendAsync(request), url);
        Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
        Assert.Equal(language, page.Document.DocumentElement.GetAttribute("lang"));
        return page;
    }

    /// <summary>The lang of each element the selector finds, which must find some, each marked never to be translated.</summary>
    private static IReadOnlyList<string?> LangsOf(Page page, string selector)
    {
        var found = page.Document.QuerySelectorAll(selector);
        Assert.True(found.Length > 0, $"{page.Url}: nothing matches {selector}");
        Assert.All(found, element => Assert.Equal("no", element.GetAttribute("translate")));
        return found.Select(element => element.GetAttribute("lang")).Distinct().ToList();
    }

    private static void AllIn(string language, Page page, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            Assert.True(LangsOf(page, selector) is [var only] && only == language, $"{page.Url}: {selector} is in {string.Join(", ", LangsOf(page, selector))}, not {language}");
        }
    }

    /// <summary>A copy of the course under a slug of its own that says <paramref name="language"/>, imported, with a cohort a week in.</summary>
    private async Task<(string Slug, string Cohort, AcademyClient Learner)> CourseInAsync(string language)
    {
        var slug = $"lang-{language}-{Guid.NewGuid():N}"[..20];
        var folder = Arrange.CopyOfCourseContent(slug);
        var coursePath = Path.Combine(folder, slug, "course.md");
        File.WriteAllText(coursePath, File.ReadAllText(coursePath).Replace("language: en", $"language: {language}", StringComparison.Ordinal));
        var report = await app.ImportContentAsync(folder);
        Assert.Empty(report.FailedFiles);
        var (learner, learnerId) = await app.NewLearnerAsync("Lang Learner");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-8), slug, (learnerId, CohortRole.Learner));
        return (slug, cohort, learner);
    }

    [Fact]
    public async Task A_finnish_page_around_the_english_course_marks_every_part_of_the_course_english()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Suomalainen Lukija");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-8), members: (learnerId, CohortRole.Learner));

        AllIn("en", await GetInAsync(learner, "/", "fi"), ".learning-card h2 a", ".card h3 a[href='/courses/social-media-for-leaders']");

        var course = await GetInAsync(learner, $"{Course}?cohort={cohort}", "fi");
        Assert.Equal("Moduulit", course.Text("#modules-heading"));
        AllIn("en", course, "h1", ".lead", ".facts dd[translate]", ".module-title", ".about-course .prose", ".breadcrumb [aria-current]");

        var module = await GetInAsync(learner, $"{Course}/modules/why-leaders-engage?cohort={cohort}", "fi");
        Assert.Equal("Keskustele ryhmäsi kanssa", module.Text("#discuss-heading"));
        AllIn("en", module, "h1", ".objectives ul", ".reading .prose", ".toc ul", ".card h3", ".card h3 + p", ".rubric th[scope=row]", ".rubric .levels",
            ".pager a span", ".breadcrumb a[translate]");

        var home = await GetInAsync(learner, $"/cohorts/{cohort}", "fi");
        AllIn("en", home, ".page-header .eyebrow a", ".schedule th a");

        var discussions = await GetInAsync(learner, $"/cohorts/{cohort}/discussions", "fi");
        AllIn("en", discussions, ".space h2 span", ".thread-title");
        Assert.StartsWith("Moduuli 1: ", discussions.Text("#space-why-leaders-engage"));
        var prompt = discussions.Document.QuerySelectorAll(".thread-title").First(link => link.TextContent == "The lone quality manager").GetAttribute("href")!;
        var thread = await GetInAsync(learner, prompt, "fi");
        AllIn("en", thread, "h1", "#post-1 .prose", ".breadcrumb span[translate]");

        var found = await GetInAsync(learner, $"/cohorts/{cohort}/discussions/search?q=delegating", "fi");
        AllIn("en", found, ".thread-title", ".snippet");

        var reflections = await GetInAsync(learner, $"/cohorts/{cohort}/reflections", "fi");
        AllIn("en", reflections, "table a[translate]");
        var reflection = await GetInAsync(learner, $"/cohorts/{cohort}/reflections/my-reasons", "fi");
        Assert.Equal("Tehtävänanto", reflection.Text("#prompt-heading"));
        AllIn("en", reflection, "h1", ".eyebrow span", "#prompt-heading + p", ".rubric th[scope=row]", ".rubric li");
    }

    [Fact]
    public async Task A_course_written_in_finnish_is_marked_finnish_on_english_pages()
    {
        var (slug, cohort, learner) = await CourseInAsync("fi");

        var course = await GetInAsync(learner, $"/courses/{slug}", "en");
        Assert.Equal("Modules", course.Text("#modules-heading"));
        AllIn("fi", course, "h1", ".lead", ".module-title", ".about-course .prose");

        var module = await GetInAsync(learner, $"/courses/{slug}/modules/why-leaders-engage", "en");
        AllIn("fi", module, "h1", ".reading .prose", ".card h3", ".card h3 + p");

        var discussions = await GetInAsync(learner, $"/cohorts/{cohort}/discussions", "en");
        AllIn("fi", discussions, ".space h2 span", ".thread-title");
        var reflection = await GetInAsync(learner, $"/cohorts/{cohort}/reflections/my-reasons", "en");
        AllIn("fi", reflection, "h1", "#prompt-heading + p");
        AllIn("fi", await GetInAsync(learner, "/", "en"), ".learning-card h2 a");
    }

    [Fact]
    public async Task A_course_file_with_a_language_nobody_knows_is_not_imported_and_says_why()
    {
        var slug = $"lang-bad-{Guid.NewGuid():N}"[..20];
        var folder = Arrange.CopyOfCourseContent(slug);
        var coursePath = Path.Combine(folder, slug, "course.md");
        File.WriteAllText(coursePath, File.ReadAllText(coursePath).Replace("language: en", "language: klingon", StringComparison.Ordinal));

        var report = await app.ImportContentAsync(folder);

        Assert.Equal([coursePath], report.FailedFiles);
        Assert.False(await app.WithDbAsync(db => db.Courses.AnyAsync(c => c.Slug == slug)));

        // The same file in a zip is refused before anything is imported, with the reason beside the file.
        var (_, instructorId) = await app.NewLearnerAsync("Zip Importer");
        await app.NewCohortAsync(Arrange.Today, members: (instructorId, CohortRole.Instructor));
        var refused = await Assert.ThrowsAsync<RuleViolation>(() => app.SendAsAsync(instructorId, new ImportCourseArchive(Zip(folder, slug))));
        Assert.Equal($"{slug}/course.md: language \"klingon\" is not a language tag this platform knows, such as en, fi or sv-FI",
            Assert.Single(refused.Messages).Text);
    }

    [Fact]
    public async Task An_author_changes_the_language_in_the_app_and_the_export_and_the_next_start_keep_it()
    {
        var slug = $"lang-app-{Guid.NewGuid():N}"[..20];
        var folder = Arrange.CopyOfCourseContent(slug);
        await app.ImportContentAsync(folder);
        var (instructor, instructorId) = await app.NewLearnerAsync("Language Author");
        await app.NewCohortAsync(Arrange.Today, slug, (instructorId, CohortRole.Instructor));
        var authoring = $"/teach/courses/{slug}";
        var before = await GetInAsync(instructor, authoring, "fi");
        Assert.Equal("Sisällön kieli", before.Text("label[for=content-language]"));
        Assert.Equal(["English", "suomi"], before.Document.QuerySelectorAll("#content-language option").Select(option => option.TextContent));
        Assert.Equal("en", before.Document.QuerySelector("#content-language option[selected]")?.GetAttribute("value"));

        var saved = await instructor.SubmitAsync(before, "course-language", new Dictionary<string, string> { ["Input.Language"] = "fi" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        AllIn("fi", await GetInAsync(instructor, authoring, "en"), "h1", ".authoring-table th a[translate]");
        var exported = await instructor.Http.GetByteArrayAsync($"{authoring}/export.zip");
        var courseFile = Read(exported, $"{slug}/course.md");
        Assert.Equal(File.ReadAllText(Path.Combine(folder, slug, "course.md")).ReplaceLineEndings("\n").Replace("language: en", "language: fi", StringComparison.Ordinal),
            courseFile);

        await app.ImportContentAsync(folder); // the next start: the folder's file has not changed, so the author's choice stays
        Assert.Equal("fi", await app.WithDbAsync(db => db.Courses.Where(c => c.Slug == slug).Select(c => c.Language).SingleAsync()));
    }

    [Fact]
    public async Task A_course_created_in_the_app_is_written_in_the_language_its_author_chose()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Course Founder");
        await app.NewCohortAsync(Arrange.Today, members: (instructorId, CohortRole.Instructor));
        var slug = $"founded-{Guid.NewGuid():N}"[..18];
        var teach = await GetInAsync(instructor, "/teach", "fi");
        Assert.Equal("fi", teach.Document.QuerySelector("#course-language option[selected]")?.GetAttribute("value")); // the author's own language first

        var created = await instructor.SubmitAsync(teach, "create-course", new Dictionary<string, string>
        {
            ["NewCourse.Title"] = "Johtajuus verkossa", ["NewCourse.Slug"] = slug, ["NewCourse.Summary"] = "Johtaminen avoimesti.", ["NewCourse.Hours"] = "6",
            ["NewCourse.Language"] = "fi",
        });

        Assert.EndsWith($"/teach/courses/{slug}", created.RedirectedTo);
        var course = await app.WithDbAsync(db => db.Courses.Where(c => c.Slug == slug).Select(c => new { c.Language, c.FileText }).SingleAsync());
        Assert.Equal("fi", course.Language);
        Assert.Contains("\nlanguage: fi\n", course.FileText);
        Assert.Contains("## Tietoa kurssista", course.FileText); // its first heading in its own language
    }

    private static byte[] Zip(string folder, string slug)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in Directory.GetFiles(Path.Combine(folder, slug), "*.md", SearchOption.AllDirectories))
            {
                using var entry = zip.CreateEntry(Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/')).Open();
                entry.Write(File.ReadAllBytes(path));
            }
        }

        return buffer.ToArray();
    }

    private static string Read(byte[] zip, string path)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry(path)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
