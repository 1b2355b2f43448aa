using MediatR;

namespace Academy.Contracts.Courses;

/// <summary>
/// Whether the caller authors the course: admins, whoever created it in the app, and the instructors of its
/// cohorts. Asked before a cohort of the course is started; answered by the Courses module.
/// </summary>
public sealed record CanAuthorCourse(string CourseSlug) : IRequest<bool>;
