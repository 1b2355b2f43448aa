using Academy.Courses.Data;
using Academy.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

/// <summary>A course picture by its address; pictures belong to published course content, so anyone may load them.</summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record GetModuleImageFile(string CourseSlug, string FileName) : IRequest<ModuleImageFile>;

public sealed record ModuleImageFile(string ContentType, byte[] Bytes);

internal sealed class GetModuleImageFileHandler(ICoursesData data) : IRequestHandler<GetModuleImageFile, ModuleImageFile>
{
    public async Task<ModuleImageFile> Handle(GetModuleImageFile request, CancellationToken cancellationToken) =>
        await (from image in data.ModuleImages
               join course in data.Courses on image.CourseId equals course.Id
               where course.Slug == request.CourseSlug && image.FileName == request.FileName
               select new ModuleImageFile(image.ContentType, image.Bytes))
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"No picture {request.FileName} in {request.CourseSlug}.");
}
