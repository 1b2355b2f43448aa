using Academy.Contracts.Cohorts;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

internal static class Authoring
{
    /// <summary>The course, if the caller authors it: admins, and instructors of any of its cohorts; otherwise not found.</summary>
    public static async Task<Course> AuthoredCourseAsync(this ICoursesData data, IMediator mediator, ICurrentUser currentUser, string courseSlug,
        CancellationToken cancellationToken, bool withRevisions = false)
    {
        IQueryable<Course> courses = withRevisions ? data.Courses.Include(c => c.Modules).ThenInclude(m => m.Revisions) : data.Courses.Include(c => c.Modules);
        var course = await courses.AsSplitQuery().SingleOrDefaultAsync(c => c.Slug == courseSlug, cancellationToken);
        if (course is null || !await mediator.AuthorsAsync(currentUser, course.CreatedBy, courseSlug, cancellationToken))
        {
            throw new NotFoundException($"{currentUser.UserId} does not author {courseSlug}.");
        }

        return course;
    }

    /// <summary>Who authors a course: admins, its creator, and the instructors of its cohorts.</summary>
    public static async Task<bool> AuthorsAsync(this IMediator mediator, ICurrentUser currentUser, string? createdBy, string courseSlug, CancellationToken cancellationToken) =>
        currentUser.IsInRole(Academy.Contracts.Access.Roles.Admin) || createdBy == currentUser.UserId ||
        (await mediator.Send(new GetCourseAccess(courseSlug), cancellationToken)).Enrolments.Any(e => e.Role == CohortRole.Instructor);

    public static CourseModule ModuleOf(this Course course, string moduleSlug) =>
        course.Modules.SingleOrDefault(m => m.Slug == moduleSlug) ?? throw new NotFoundException($"No module {moduleSlug} in {course.Slug}.");
}
