using Academy.Courses.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

/// <summary>A course as its authors see it: every module, published or hidden, with its draft.</summary>
public sealed record GetCourseForAuthoring(string CourseSlug) : IRequest<CourseForAuthoring>;

/// <param name="Language">The language of the course's content, as course.md says.</param>
public sealed record CourseForAuthoring(string CourseSlug, string Title, string Language, IReadOnlyList<AuthoredModule> Modules);

public sealed record AuthoredModule(
    string Slug, string Title, bool IsHidden, int PublishedRevision, DateTimeOffset? PublishedAt, string? PublishedBy,
    DateTimeOffset? DraftSavedAt, string? DraftAuthor);

internal sealed class GetCourseForAuthoringHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetCourseForAuthoring, CourseForAuthoring>
{
    public async Task<CourseForAuthoring> Handle(GetCourseForAuthoring request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var courseId = course.Id;
        var published = await (
                from module in data.CourseModules
                where module.CourseId == courseId
                join revision in data.ModuleRevisions on new { module.Id, Number = module.PublishedRevisionNumber } equals new { Id = revision.ModuleId, revision.Number }
                select new { module.Id, revision.Title, revision.CreatedAt, revision.AuthorName })
            .AsNoTracking()
            .ToDictionaryAsync(row => row.Id, cancellationToken);
        return new CourseForAuthoring(course.Slug, course.Title, course.Language, course.Modules
            .OrderBy(m => m.Position).ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Select(m => new AuthoredModule(m.Slug, published.GetValueOrDefault(m.Id)?.Title ?? m.Slug, m.IsHidden, m.PublishedRevisionNumber,
                published.GetValueOrDefault(m.Id)?.CreatedAt, published.GetValueOrDefault(m.Id)?.AuthorName, m.DraftSavedAt, m.DraftAuthorName))
            .ToList());
    }
}
