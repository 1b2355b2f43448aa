using Academy.Contracts.Courses;
using Academy.Courses.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Catalogue.ListCourses;

internal sealed class FindCourseHandler(ICoursesData data) : IRequestHandler<FindCourse, string?>
{
    public async Task<string?> Handle(FindCourse request, CancellationToken cancellationToken) =>
        await data.Courses.AsNoTracking().Where(c => c.Slug == request.CourseSlug).Select(c => c.Title).SingleOrDefaultAsync(cancellationToken);
}
