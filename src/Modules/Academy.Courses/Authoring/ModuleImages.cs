using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Files;
using Academy.Shared.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

/// <summary>Uploads a picture (JPEG, PNG or WebP, up to 5 MB) for the course's modules; returns the Markdown that shows it.</summary>
public sealed record UploadModuleImage(string CourseSlug, string FileName, byte[] Bytes) : IRequest<string>;

/// <summary>The course's pictures with the Markdown for each, for the module editor.</summary>
public sealed record GetModuleImages(string CourseSlug) : IRequest<IReadOnlyList<CourseImage>>;

public sealed record CourseImage(string FileName, string Url, string Markdown, DateTimeOffset UploadedAt);

/// <summary>A course picture by its address; pictures belong to published course content, so anyone may load them.</summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record GetModuleImageFile(string CourseSlug, string FileName) : IRequest<ModuleImageFile>;

public sealed record ModuleImageFile(string ContentType, byte[] Bytes);

internal static class ImageNames
{
    public const int MaximumBytes = 5 * 1024 * 1024;

    public static string Url(string courseSlug, string fileName) => $"/courses/{courseSlug}/images/{fileName}";

    /// <summary>A safe, readable file name from whatever the browser sent, with the extension of the real type.</summary>
    public static string Safe(string uploaded, string contentType)
    {
        var stem = Academy.Shared.Text.Slugs.From(Path.GetFileNameWithoutExtension(uploaded ?? string.Empty), 80, "image");
        return $"{stem}.{contentType switch { "image/png" => "png", "image/webp" => "webp", _ => "jpg" }}";
    }
}

internal sealed class UploadModuleImageValidator : AbstractValidator<UploadModuleImage>
{
    public UploadModuleImageValidator() => RuleFor(r => r.Bytes)
        .Must(bytes => bytes.Length > 0).WithMessage("Choose a picture.")
        .Must(bytes => bytes.Length <= ImageNames.MaximumBytes).WithMessage("A picture can be at most 5 MB.")
        .Must(bytes => bytes.Length == 0 || bytes.Length > ImageNames.MaximumBytes || UploadedImage.Recognise(bytes) is not null)
        .WithMessage("That file is not a JPEG, PNG or WebP picture.");
}

internal sealed class UploadModuleImageHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<UploadModuleImage, string>
{
    public async Task<string> Handle(UploadModuleImage request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var image = UploadedImage.Recognise(request.Bytes) ?? throw new RuleViolation("That file is not a picture.", nameof(request.Bytes));
        var name = ImageNames.Safe(request.FileName, image.ContentType);
        var taken = await data.ModuleImages.Where(i => i.CourseId == course.Id).Select(i => i.FileName).ToListAsync(cancellationToken);
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 2; taken.Contains(name); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        data.ModuleImages.Add(new ModuleImage(course.Id, name, image.ContentType, request.Bytes, currentUser.DisplayName ?? "An instructor", clock.GetUtcNow()));
        await data.SaveChangesAsync(cancellationToken);
        return $"![Describe the picture]({ImageNames.Url(course.Slug, name)})";
    }
}

internal sealed class GetModuleImagesHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetModuleImages, IReadOnlyList<CourseImage>>
{
    public async Task<IReadOnlyList<CourseImage>> Handle(GetModuleImages request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var images = await data.ModuleImages.AsNoTracking().Where(i => i.CourseId == course.Id).OrderByDescending(i => i.UploadedAt)
            .Select(i => new { i.FileName, i.UploadedAt }).ToListAsync(cancellationToken);
        return images.Select(i => new CourseImage(i.FileName, ImageNames.Url(course.Slug, i.FileName),
            $"![Describe the picture]({ImageNames.Url(course.Slug, i.FileName)})", i.UploadedAt)).ToList();
    }
}

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
