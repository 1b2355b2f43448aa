using System.IO.Compression;
using System.Text;
using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Courses.Authoring;

/// <summary>The course as a zip in exactly the format of the <c>content/</c> folder.</summary>
public sealed record ExportCourse(string CourseSlug) : IRequest<byte[]>;

internal sealed class ExportCourseHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<ExportCourse, byte[]>
{
    public async Task<byte[]> Handle(ExportCourse request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken, withRevisions: true);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, $"{course.Slug}/course.md", course.FileText);
            foreach (var module in course.Modules.Where(m => !m.IsHidden && m.PublishedRevisionNumber > 0).OrderBy(m => m.Position).ThenBy(m => m.Slug, StringComparer.Ordinal))
            {
                var text = module.Revisions.Single(r => r.Number == module.PublishedRevisionNumber).FileText;
                var file = ContentFiles.ParseModule(text);
                // The text as published, unless the module has moved since: then its order is written anew.
                if (file.Order != module.Position)
                {
                    file.Order = module.Position;
                    text = ContentFiles.WriteModule(file);
                }

                Write(zip, $"{course.Slug}/modules/{module.Position:00}-{module.Slug}.md", text);
            }
        }

        return buffer.ToArray();

        static void Write(ZipArchive zip, string path, string text)
        {
            using var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
            entry.Write(Encoding.UTF8.GetBytes(text));
        }
    }
}
