using Academy.Contracts.Cohorts;
using Academy.Courses.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Home;

/// <summary>The signed-in user's cohorts with their courses: the "my learning" half of the home page.</summary>
public sealed record GetMyLearning : IRequest<IReadOnlyList<LearningCard>>;

public sealed record LearningCard(
    string CohortSlug, string CohortName, CohortRole Role, DateOnly StartsOn,
    string CourseSlug, string CourseTitle, string CourseSummary, int ModuleCount, string? FirstModuleSlug);

internal sealed class GetMyLearningHandler(ICoursesData data, IMediator mediator) : IRequestHandler<GetMyLearning, IReadOnlyList<LearningCard>>
{
    public async Task<IReadOnlyList<LearningCard>> Handle(GetMyLearning request, CancellationToken cancellationToken)
    {
        var enrolments = await mediator.Send(new GetMyEnrolments(), cancellationToken);
        if (enrolments.Count == 0)
        {
            return [];
        }

        var courseSlugs = enrolments.Select(e => e.CourseSlug).Distinct().ToList();
        var courses = await data.Courses.AsNoTracking()
            .Where(course => courseSlugs.Contains(course.Slug))
            .Select(course => new
            {
                course.Slug,
                course.Title,
                course.Summary,
                Modules = course.Modules
                    .Where(module => !module.IsHidden && module.PublishedRevisionNumber > 0)
                    .OrderBy(module => module.Position)
                    .Select(module => module.Slug)
                    .ToList(),
            })
            .ToDictionaryAsync(course => course.Slug, cancellationToken);

        return enrolments
            .Where(enrolment => courses.ContainsKey(enrolment.CourseSlug))
            .Select(enrolment =>
            {
                var course = courses[enrolment.CourseSlug];
                return new LearningCard(enrolment.CohortSlug, enrolment.CohortName, enrolment.Role, enrolment.StartsOn,
                    course.Slug, course.Title, course.Summary, course.Modules.Count, course.Modules.FirstOrDefault());
            })
            .ToList();
    }
}
