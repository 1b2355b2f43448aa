using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Courses.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Files;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Authoring;

/// <summary>Uploads a picture (JPEG, PNG or WebP, up to 5 MB) for the course's modules, re-encoded without its metadata; returns the Markdown that shows it.</summary>
public sealed record UploadModuleImage(string CourseSlug, string FileName, byte[] Bytes) : IRequest<string>
{
    public const string NoPicture = "Choose a picture.";
    public const string TooLarge = "A picture can be at most 5 MB.";

    /// <summary>The picture's alternative text until its author writes one.</summary>
    public const string DescribeIt = "Describe the picture";
}

internal sealed class UploadModuleImageValidator : AbstractValidator<UploadModuleImage>
{
    public UploadModuleImageValidator(IStringLocalizer<CoursesText> t) => RuleFor(r => r.Bytes)
        .Must(bytes => bytes.Length > 0).WithMessage(_ => t[UploadModuleImage.NoPicture])
        .Must(bytes => bytes.Length <= ImageNames.MaximumBytes).WithMessage(_ => t[UploadModuleImage.TooLarge])
        .Must(bytes => bytes.Length == 0 || bytes.Length > ImageNames.MaximumBytes || UploadedImage.Recognise(bytes) is not null)
        .WithMessage(_ => t["That file is not a JPEG, PNG or WebP picture."]);
}

internal sealed class UploadModuleImageHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<CoursesText> t)
    : IRequestHandler<UploadModuleImage, string>
{
    public async Task<string> Handle(UploadModuleImage request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        // Stored re-encoded, so a photo's GPS position and other metadata never reach learners.
        var image = UploadedImage.ReEncode(request.Bytes) ?? throw new RuleViolation(t["That file is not a picture."], nameof(request.Bytes));
        var name = ImageNames.Safe(request.FileName, image.ContentType);
        var taken = await data.ModuleImages.Where(i => i.CourseId == course.Id).Select(i => i.FileName).ToListAsync(cancellationToken);
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 2; taken.Contains(name); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        data.ModuleImages.Add(new ModuleImage(course.Id, name, image.ContentType, image.Bytes, currentUser.DisplayName ?? AuthorNames.Unnamed, clock.GetUtcNow()));
        await data.SaveChangesAsync(cancellationToken);
        return $"![{t[UploadModuleImage.DescribeIt]}]({ImageNames.Url(course.Slug, name)})";
    }
}
