using Academy.Contracts.Access;
using Academy.Courses.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Catalogue.ListCourses;

/// <summary>The course catalogue: every course with at least one published module.</summary>
[AllowAnonymousRequest]
public sealed record ListCourses : IRequest<IReadOnlyList<CourseCard>>;

/// <param name="Language">The language of the course's content, for the <c>lang</c> of its title and summary.</param>
public sealed record CourseCard(string Slug, string Title, string Summary, string Audience, int Hours, int ModuleCount, string Language);

internal sealed class ListCoursesHandler(ICoursesData data) : IRequestHandler<ListCourses, IReadOnlyList<CourseCard>>
{
    public async Task<IReadOnlyList<CourseCard>> Handle(ListCourses request, CancellationToken cancellationToken) =>
        (await data.Courses
            .Select(course => new
            {
                course.Slug, course.Title, course.Summary, course.Audience, course.Hours, course.Language,
                ModuleCount = course.Modules.Count(module => !module.IsHidden && module.PublishedRevisionNumber > 0),
            })
            .Where(course => course.ModuleCount > 0)
            .Select(course => new CourseCard(course.Slug, course.Title, course.Summary, course.Audience, course.Hours, course.ModuleCount, course.Language))
            .ToListAsync(cancellationToken))
        .OrderBy(course => course.Title, StringComparer.CurrentCultureIgnoreCase) // in the reader's collation, not the database's
        .ToList();
}
