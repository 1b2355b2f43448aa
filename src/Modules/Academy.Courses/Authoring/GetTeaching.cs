using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Courses.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

/// <summary>The instructor's home: the courses they author and the cohorts they teach (admins: every course).</summary>
public sealed record GetTeaching : IRequest<Teaching>;

public sealed record Teaching(IReadOnlyList<TaughtCourse> Courses);

public sealed record TaughtCourse(string Slug, string Title, string Language, IReadOnlyList<Enrolment> Cohorts);

internal sealed class GetTeachingHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetTeaching, Teaching>
{
    public async Task<Teaching> Handle(GetTeaching request, CancellationToken cancellationToken)
    {
        var teaching = (await mediator.Send(new GetMyEnrolments(), cancellationToken)).Where(e => e.Role == CohortRole.Instructor).ToList();
        var slugs = teaching.Select(e => e.CourseSlug).Distinct().ToList();
        var isAdmin = currentUser.IsInRole(Roles.Admin);
        var me = currentUser.UserId;
        var courses = await data.Courses.AsNoTracking()
            .Where(c => isAdmin || slugs.Contains(c.Slug) || c.CreatedBy == me)
            .Select(c => new { c.Slug, c.Title, c.Language })
            .ToListAsync(cancellationToken);
        if (courses.Count == 0 && teaching.Count == 0 && !isAdmin)
        {
            throw new Academy.Shared.Errors.NotFoundException($"{me} teaches no cohort.");
        }

        return new Teaching(courses
            .OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase) // in the reader's collation, not the database's
            .Select(c => new TaughtCourse(c.Slug, c.Title, c.Language, teaching.Where(e => e.CourseSlug == c.Slug).ToList())).ToList());
    }
}
