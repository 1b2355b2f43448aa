using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Courses.Data;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Catalogue.ViewCourse;

/// <summary>A course's public overview and module list; says whether the reader may open the modules.</summary>
[AllowAnonymousRequest]
public sealed record GetCourse(string CourseSlug) : IRequest<CourseOverview>;

public sealed record CourseOverview(
    string Slug,
    string Title,
    string Summary,
    string Audience,
    int Hours,
    string DescriptionHtml,
    IReadOnlyList<CreditLine> Credits,
    IReadOnlyList<ModuleListItem> Modules,
    bool CanReadModules);

public sealed record CreditLine(string Name, string Role, string Work);

public sealed record ModuleListItem(int Number, string Slug, string Title, int Minutes);

internal sealed class GetCourseHandler(ICoursesData data, ICurrentUser currentUser, IMediator mediator)
    : IRequestHandler<GetCourse, CourseOverview>
{
    public async Task<CourseOverview> Handle(GetCourse request, CancellationToken cancellationToken)
    {
        var course = await data.Courses.AsNoTracking()
            .Where(c => c.Slug == request.CourseSlug)
            .Select(c => new { c.Id, c.Slug, c.Title, c.Summary, c.Audience, c.Hours, c.DescriptionHtml, c.Credits })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Course {request.CourseSlug} does not exist.");

        var modules = await PublishedModules.Of(data, course.Id).ToListAsync(cancellationToken);
        var canRead = currentUser.IsAuthenticated && await mediator.Send(new HasCourseAccess(course.Slug), cancellationToken);

        return new CourseOverview(course.Slug, course.Title, course.Summary, course.Audience, course.Hours,
            course.DescriptionHtml,
            course.Credits.Select(credit => new CreditLine(credit.Name, credit.Role, credit.Work)).ToList(),
            modules.Select((module, index) => new ModuleListItem(index + 1, module.Slug, module.Title, module.Minutes)).ToList(),
            canRead);
    }
}

/// <summary>The visible, published modules of a course in course order, with their published titles.</summary>
internal static class PublishedModules
{
    public sealed record Row(string Slug, string Title, int Minutes);

    public static IQueryable<Row> Of(ICoursesData data, Guid courseId) =>
        from module in data.CourseModules
        where module.CourseId == courseId && !module.IsHidden && module.PublishedRevisionNumber > 0
        join revision in data.ModuleRevisions
            on new { module.Id, Number = module.PublishedRevisionNumber } equals new { Id = revision.ModuleId, revision.Number }
        orderby module.Position, module.Slug
        select new Row(module.Slug, revision.Title, revision.Minutes);
}
