using Academy.Contracts.Courses;
using Academy.Courses.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

internal sealed class CanAuthorCourseHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<CanAuthorCourse, bool>
{
    public async Task<bool> Handle(CanAuthorCourse request, CancellationToken cancellationToken)
    {
        var course = await data.Courses.AsNoTracking().Where(c => c.Slug == request.CourseSlug).Select(c => new { c.CreatedBy }).SingleOrDefaultAsync(cancellationToken);
        return course is not null && await mediator.AuthorsAsync(currentUser, course.CreatedBy, request.CourseSlug, cancellationToken);
    }
}
