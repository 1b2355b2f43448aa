using System.IO.Compression;
using System.Text;
using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Courses.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Authoring;

/// <summary>
/// Imports a zip in the <c>content/</c> format through the same importer as the folder at start-up. Every file is
/// checked first; one bad file rejects the whole zip with the reasons, and nothing changes.
/// </summary>
public sealed record ImportCourseArchive(byte[] Zip) : IRequest<ContentImportReport>
{
    public const string TooLarge = "Choose a zip file of at most 5 MB.";
}

internal sealed class ImportCourseArchiveHandler(ICourseContentImporter importer, ICoursesData data, IMediator mediator, ICurrentUser currentUser,
    IStringLocalizer<CoursesText> t)
    : IRequestHandler<ImportCourseArchive, ContentImportReport>
{
    public async Task<ContentImportReport> Handle(ImportCourseArchive request, CancellationToken cancellationToken)
    {
        // Those who teach a cohort, and admins, bring courses in; a course that exists only its authors change (below).
        if (!await mediator.TeachesAnyCohortAsync(currentUser, cancellationToken))
        {
            throw new NotFoundException($"{currentUser.UserId} teaches no cohort.");
        }

        static RuleViolation Rejected(params string[] reasons) =>
            new(reasons.Select(reason => new RuleMessage(nameof(ImportCourseArchive.Zip), reason)).ToList());

        if (request.Zip.Length == 0 || request.Zip.Length > CourseArchive.MaximumBytes)
        {
            throw Rejected(t[ImportCourseArchive.TooLarge]);
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(request.Zip), ZipArchiveMode.Read);
            if (zip.Entries.Count > CourseArchive.MaximumEntries)
            {
                throw Rejected(t["The zip holds more than {0} entries.", CourseArchive.MaximumEntries]);
            }

            long total = 0;
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                if (!CourseArchive.EntryPattern().IsMatch(entry.FullName))
                {
                    throw Rejected(t["{0}: not part of the content format (a folder named by the course's slug with course.md and modules/*.md).", entry.FullName]);
                }

                total += entry.Length;
                if (total > CourseArchive.MaximumBytes)
                {
                    throw Rejected(t["The files in the zip are larger than 5 MB together."]);
                }

                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                files[entry.FullName] = await reader.ReadToEndAsync(cancellationToken);
            }
        }
        catch (InvalidDataException)
        {
            throw Rejected(t["That file is not a zip archive."]);
        }

        var courses = files.Keys.Select(path => CourseArchive.EntryPattern().Match(path).Groups["course"].Value).Distinct().ToList();
        if (courses.Count != 1 || !files.ContainsKey($"{courses[0]}/course.md"))
        {
            throw Rejected(t["The zip must hold exactly one course folder with its course.md."]);
        }

        // Every file is read as the importer will read it, first: one bad file and nothing is imported.
        var problems = new List<string>();
        foreach (var (path, text) in files.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            try
            {
                if (path.EndsWith("/course.md", StringComparison.Ordinal))
                {
                    var course = ContentFiles.ParseCourse(text);
                    if (course.Slug != courses[0])
                    {
                        problems.Add(t["{0}: its slug \"{1}\" is not the folder's name \"{2}\".", path, course.Slug, courses[0]]);
                    }
                }
                else
                {
                    ContentFiles.ParseModule(text);
                }
            }
            catch (ContentFormatException exception)
            {
                problems.Add(t["{0}: {1}", path, exception.Localized(t)]);
            }
        }

        if (problems.Count > 0)
        {
            throw Rejected([.. problems]);
        }

        // A course that exists already is changed only by those who author it.
        var existing = await data.Courses.AsNoTracking().Where(c => c.Slug == courses[0]).Select(c => new { c.CreatedBy }).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null && !await mediator.AuthorsAsync(currentUser, existing.CreatedBy, courses[0], cancellationToken))
        {
            throw new NotFoundException($"{currentUser.UserId} does not author {courses[0]}.");
        }

        var folder = Directory.CreateTempSubdirectory("academy-import-").FullName;
        try
        {
            foreach (var (path, text) in files)
            {
                var target = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllTextAsync(target, text, cancellationToken);
            }

            return await importer.ImportAsync(folder, cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
