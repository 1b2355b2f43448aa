using Academy.Courses.Data;
using Academy.Courses.Resources;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Authoring;

/// <summary>The course's pictures with the Markdown for each, for the module editor.</summary>
public sealed record GetModuleImages(string CourseSlug) : IRequest<IReadOnlyList<CourseImage>>;

public sealed record CourseImage(string FileName, string Url, string Markdown, DateTimeOffset UploadedAt);

internal sealed class GetModuleImagesHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<CoursesText> t) : IRequestHandler<GetModuleImages, IReadOnlyList<CourseImage>>
{
    public async Task<IReadOnlyList<CourseImage>> Handle(GetModuleImages request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var images = await data.ModuleImages.AsNoTracking().Where(i => i.CourseId == course.Id).OrderByDescending(i => i.UploadedAt)
            .Select(i => new { i.FileName, i.UploadedAt }).ToListAsync(cancellationToken);
        return images.Select(i => new CourseImage(i.FileName, ImageNames.Url(course.Slug, i.FileName),
            $"![{t[UploadModuleImage.DescribeIt]}]({ImageNames.Url(course.Slug, i.FileName)})", i.UploadedAt)).ToList();
    }
}
