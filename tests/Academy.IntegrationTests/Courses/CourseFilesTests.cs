using System.IO.Compression;
using System.Net;
using System.Text;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Courses;

/// <summary>The course round-trips through files: what the content folder imports, an export gives back; a zip imports through the same code.</summary>
public abstract class CourseFilesTests<TApp>(TApp app) where TApp : AcademyApp
{
    private static Dictionary<string, string> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
    }

    private static byte[] Zip(IDictionary<string, string> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in files)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    private async Task<AcademyClient> AdminAsync()
    {
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        return admin;
    }

    [Fact]
    public async Task Exporting_the_imported_content_folder_gives_back_the_same_files()
    {
        var admin = await AdminAsync();
        var response = await admin.Http.GetAsync($"/teach/courses/{Arrange.Course}/export.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var exported = Entries(await response.Content.ReadAsByteArrayAsync());

        var folder = Path.Combine(RepositoryPaths.Content, Arrange.Course);
        var expected = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
            .ToDictionary(path => $"{Arrange.Course}/{Path.GetRelativePath(folder, path).Replace('\\', '/')}", path => File.ReadAllText(path).ReplaceLineEndings("\n"));
        Assert.Equal(expected.Keys.Order(), exported.Keys.Order());
        foreach (var (path, text) in expected)
        {
            Assert.True(text == exported[path], $"{path} differs after the round trip");
        }

        var (learner, _) = await app.NewLearnerAsync("Not An Author");
        Assert.Equal(HttpStatusCode.NotFound, (await learner.Http.GetAsync($"/teach/courses/{Arrange.Course}/export.zip")).StatusCode);
    }

    [Fact]
    public async Task A_zip_with_one_bad_file_is_rejected_with_the_reason_and_changes_nothing_and_a_good_one_imports()
    {
        var admin = await AdminAsync();
        var exported = Entries(await admin.Http.GetByteArrayAsync($"/teach/courses/{Arrange.Course}/export.zip"));
        var slug = $"zipped-{Guid.NewGuid():N}"[..16];
        var files = exported.ToDictionary(
            entry => entry.Key.Replace(Arrange.Course, slug, StringComparison.Ordinal),
            entry => entry.Key.EndsWith("course.md", StringComparison.Ordinal) ? entry.Value.Replace($"slug: {Arrange.Course}", $"slug: {slug}", StringComparison.Ordinal) : entry.Value);
        var broken = new Dictionary<string, string>(files) { [$"{slug}/modules/02-your-radar.md"] = "---\ntitle: Oops\n---\n" };

        var adminId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.Email == "admin@academy.test").Select(u => u.Id)));
        Task<Academy.Courses.Content.ContentImportReport> Import(byte[] zip) =>
            app.SendAsAsync(adminId, new Academy.Courses.Authoring.ImportCourseArchive(zip), "Admin");

        var rejected = await Assert.ThrowsAsync<Academy.Shared.Errors.RuleViolation>(() => Import(Zip(broken)));
        Assert.Contains(rejected.Messages, error => error.Text.StartsWith($"{slug}/modules/02-your-radar.md:", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/courses/{slug}")).Status);
        var traversal = await Assert.ThrowsAsync<Academy.Shared.Errors.RuleViolation>(() => Import(Zip(new Dictionary<string, string> { ["../evil.md"] = "x" })));
        Assert.Contains("not part of the content format", traversal.Messages.Single().Text);
        await Assert.ThrowsAsync<Academy.Shared.Errors.RuleViolation>(() => Import("not a zip"u8.ToArray()));

        var report = await Import(Zip(files));
        Assert.Equal(7, report.RevisionsPublished);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/courses/{slug}")).Status);
        Assert.Equal(0, (await Import(Zip(files))).RevisionsPublished);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCourseFilesTests(SqliteApp app) : CourseFilesTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCourseFilesTests(PostgresApp app) : CourseFilesTests<PostgresApp>(app);
