using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Shared.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Academy.Courses.Content;

/// <summary>Imports courses from a content folder (one sub-folder per course) at start-up.</summary>
public interface ICourseContentImporter
{
    Task<ContentImportReport> ImportAsync(string contentRoot, CancellationToken cancellationToken);
}

/// <summary>What an import changed and which files it could not read.</summary>
public sealed record ContentImportReport(int CoursesChanged, int RevisionsPublished, IReadOnlyList<string> FailedFiles);

/// <summary>
/// Idempotent and keyed by slug: an unchanged file changes nothing, a changed module file becomes a new
/// published revision, and a malformed file is logged with its path while the rest still imports.
/// </summary>
internal sealed class CourseContentImporter(
    ICoursesData data,
    IMarkdownRenderer markdown,
    TimeProvider clock,
    Learning.Schedule.ModuleReleaseCache releases,
    ILogger<CourseContentImporter> logger) : ICourseContentImporter
{
    public async Task<ContentImportReport> ImportAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var failed = new List<string>();
        var coursesChanged = 0;
        var revisionsPublished = 0;
        if (!Directory.Exists(contentRoot))
        {
            logger.LogWarning("Content folder {ContentRoot} does not exist; no course imported", contentRoot);
            return new ContentImportReport(0, 0, failed);
        }

        foreach (var courseFolder in Directory.EnumerateDirectories(contentRoot).Order(StringComparer.Ordinal))
        {
            var coursePath = Path.Combine(courseFolder, "course.md");
            if (!File.Exists(coursePath))
            {
                continue;
            }

            var now = clock.GetUtcNow();
            if (!TryRead(coursePath, ContentFiles.ParseCourse, failed, out var courseFile, out var courseText))
            {
                continue;
            }

            var course = await data.Courses.Include(c => c.Modules).ThenInclude(m => m.Revisions).AsSplitQuery()
                .SingleOrDefaultAsync(c => c.Slug == courseFile.Slug, cancellationToken);
            if (course is null)
            {
                course = new Course(courseFile.Slug, now);
                data.Courses.Add(course);
            }

            var description = new CourseDescription(courseFile.Title, courseFile.Summary, courseFile.Audience,
                courseFile.Hours, courseFile.Language!, courseFile.Body, courseFile.Credits);
            var courseChanged = course.Describe(description, markdown.RenderCourseContent(courseFile.Body).Html, ContentFiles.Hash(courseText), now,
                courseText.ReplaceLineEndings("\n"));
            var modulesChanged = false;
            var moduleFilesFailed = false;
            var slugsInFiles = new HashSet<string>(StringComparer.Ordinal);

            var modulesFolder = Path.Combine(courseFolder, "modules");
            IEnumerable<string> moduleFiles = Directory.Exists(modulesFolder)
                ? Directory.EnumerateFiles(modulesFolder, "*.md").Order(StringComparer.Ordinal)
                : [];
            foreach (var modulePath in moduleFiles)
            {
                if (!TryRead(modulePath, ContentFiles.ParseModule, failed, out var moduleFile, out var moduleText))
                {
                    moduleFilesFailed = true;
                    continue;
                }

                slugsInFiles.Add(moduleFile.Slug);
                var module = course.Modules.SingleOrDefault(m => m.Slug == moduleFile.Slug);
                if (module is null)
                {
                    module = new CourseModule(course.Id, moduleFile.Slug, moduleFile.Order);
                    course.Modules.Add(module);
                }

                var fileHash = ContentFiles.Hash(moduleText);
                var normalisedText = moduleText.ReplaceLineEndings("\n");
                if (module.HasImported(fileHash))
                {
                    module.Imported(fileHash, normalisedText);
                    continue;
                }

                module.Imported(fileHash, normalisedText);
                var revision = module.PublishRevision(ContentFiles.ContentOf(moduleFile, markdown), fileHash,
                    Path.GetRelativePath(contentRoot, modulePath), now, moduleFile.Order, normalisedText, ContentFiles.ImportAuthor);
                if (revision is not null)
                {
                    modulesChanged = true;
                    revisionsPublished++;
                    logger.LogInformation("Published revision {Revision} of {Course}/{Module} from {Path}",
                        revision.Number, course.Slug, module.Slug, modulePath);
                }
            }

            // A module whose file is gone leaves the course (its progress stays); not while a file failed to
            // parse, because that file may be the module in question.
            foreach (var removed in course.Modules.Where(m => !m.IsHidden && !slugsInFiles.Contains(m.Slug)).ToList())
            {
                if (!moduleFilesFailed)
                {
                    removed.Hide();
                    modulesChanged = true;
                    logger.LogInformation("Module {Course}/{Module} has no file any more and was taken out of the course", course.Slug, removed.Slug);
                }
            }

            if (course.RefreshOutline() | modulesChanged | courseChanged)
            {
                coursesChanged++;
            }

            await data.SaveChangesAsync(cancellationToken);
            releases.ForgetCourse(course.Slug);
        }

        return new ContentImportReport(coursesChanged, revisionsPublished, failed);
    }

    private bool TryRead<T>(string path, Func<string, T> parse, List<string> failed, out T parsed, out string text)
    {
        try
        {
            text = File.ReadAllText(path);
            parsed = parse(text);
            return true;
        }
        catch (Exception exception) when (exception is ContentFormatException or IOException)
        {
            logger.LogError("Content file {Path} was not imported: {Problem}", path, exception.Message);
            failed.Add(path);
            parsed = default!;
            text = string.Empty;
            return false;
        }
    }
}
