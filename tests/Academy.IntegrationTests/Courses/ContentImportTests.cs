using Academy.Courses.Content;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Courses;

public abstract class ContentImportTests<TApp>(TApp app) where TApp : AcademyApp
{
    private Task<ContentImportReport> ImportAsync(string folder) => app.ImportContentAsync(folder);

    [Fact]
    public async Task Importing_the_same_files_again_changes_nothing()
    {
        var report = await ImportAsync(RepositoryPaths.Content);

        Assert.Equal(new ContentImportReport(0, 0, []), report with { FailedFiles = [] });
        Assert.Empty(report.FailedFiles);
    }

    [Fact]
    public async Task A_changed_module_file_becomes_a_new_published_revision_with_its_html_rendered()
    {
        var slug = $"copy-{Guid.NewGuid():N}"[..20];
        var folder = Arrange.CopyOfCourseContent(slug);
        var first = await ImportAsync(folder);
        var modulePath = Directory.GetFiles(Path.Combine(folder, slug, "modules")).Order().First();
        File.AppendAllText(modulePath, "\n## A section added later\n\nNew words.\n");

        var second = await ImportAsync(folder);

        Assert.Equal(1, first.CoursesChanged);
        Assert.Equal(1, second.CoursesChanged); // the course changed through its module
        Assert.Equal(1, second.RevisionsPublished);
        var revisions = await app.WithDbAsync(db => (
            from course in db.Courses where course.Slug == slug
            join module in db.CourseModules on course.Id equals module.CourseId
            join revision in db.ModuleRevisions on module.Id equals revision.ModuleId
            orderby revision.Number
            select new { revision.Number, module.PublishedRevisionNumber, revision.BodyHtml }).ToListAsync());
        var firstModule = revisions.Where(r => r.BodyHtml.Contains("a-section-added-later") || r.Number == 1).ToList();
        Assert.Contains(revisions, r => r.Number == 2 && r.PublishedRevisionNumber == 2 && r.BodyHtml.Contains("<h2 id=\"a-section-added-later\">"));
        Assert.NotEmpty(firstModule);
    }

    [Fact]
    public async Task A_malformed_file_is_reported_by_path_and_the_rest_still_imports()
    {
        var slug = $"broken-{Guid.NewGuid():N}"[..20];
        var folder = Arrange.CopyOfCourseContent(slug);
        var broken = Path.Combine(folder, slug, "modules", "00-broken.md");
        File.WriteAllText(broken, "---\ntitle: [this is not closed\n---\nBody");

        var report = await ImportAsync(folder);

        Assert.Equal([broken], report.FailedFiles);
        var imported = await app.WithDbAsync(db => (
            from course in db.Courses where course.Slug == slug
            join module in db.CourseModules on course.Id equals module.CourseId
            select module.Slug).ToListAsync());
        Assert.Contains("why-leaders-engage", imported);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteContentImportTests(SqliteApp app) : ContentImportTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresContentImportTests(PostgresApp app) : ContentImportTests<PostgresApp>(app);
