using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Courses.Data;
using Academy.Courses.Learning.Progress;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Catalogue.ViewCourse;

/// <summary>
/// A course's home: its public overview and module list, and for a member of its cohorts the schedule,
/// each module's status, the progress and where to continue (in the named cohort, else the newest).
/// </summary>
[AllowAnonymousRequest]
public sealed record GetCourse(string CourseSlug, string? CohortSlug = null) : IRequest<CourseOverview>;

/// <param name="Language">The language of the course's content: the <c>lang</c> of every element that shows it.</param>
public sealed record CourseOverview(
    string Slug,
    string Title,
    string Language,
    string Summary,
    string Audience,
    int Hours,
    string DescriptionHtml,
    IReadOnlyList<CreditLine> Credits,
    IReadOnlyList<ModuleListItem> Modules,
    bool CanReadModules,
    CohortChoice? Cohort,
    IReadOnlyList<CohortChoice> OtherCohorts,
    CourseProgress? Progress);

public sealed record CreditLine(string Name, string Role, string Work);

public sealed record ModuleListItem(int Number, string Slug, string Title, int Minutes, DateOnly? ReleasesOn, bool IsReleased, ModuleStatus Status);

public sealed record CohortChoice(string Slug, string Name, bool IsInstructor);

/// <summary>Progress of a learner in one cohort; <see cref="ContinueWith"/> is null when all released modules are done.</summary>
public sealed record CourseProgress(int Completed, int Total, ModuleListItem? ContinueWith)
{
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Completed / Total);
}

internal sealed class GetCourseHandler(ICoursesData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock, CohortOwnDatesMemory cohortDates)
    : IRequestHandler<GetCourse, CourseOverview>
{
    public async Task<CourseOverview> Handle(GetCourse request, CancellationToken cancellationToken)
    {
        var course = await data.Courses.AsNoTracking()
            .Where(c => c.Slug == request.CourseSlug)
            .Select(c => new { c.Slug, c.Title, c.Language, c.Summary, c.Audience, c.Hours, c.DescriptionHtml, c.Credits, c.Outline })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Course {request.CourseSlug} does not exist.");

        var access = currentUser.IsAuthenticated
            ? await mediator.Send(new GetCourseAccess(course.Slug), cancellationToken)
            : new CourseAccess(false, []);
        var enrolment = access.Choose(request.CohortSlug);
        var progressRows = Array.Empty<ProgressRow>() as IEnumerable<ProgressRow>;
        var ownDates = new Dictionary<Guid, DateOnly>();
        if (enrolment is not null)
        {
            progressRows = (await data.ProgressInAsync(currentUser.UserId, [enrolment.CohortSlug], cancellationToken))[enrolment.CohortSlug];
            ownDates = (await cohortDates.OfAsync(data, enrolment.CohortSlug, cancellationToken)).Releases;
        }

        var position = new LearnerPosition(course.Outline, enrolment, progressRows, ownDates, clock.GetUtcNow());
        var items = position.Modules.Select(ToItem).ToList();
        var isLearner = enrolment?.Role == CohortRole.Learner;

        return new CourseOverview(course.Slug, course.Title, course.Language, course.Summary, course.Audience, course.Hours, course.DescriptionHtml,
            course.Credits.Select(credit => new CreditLine(credit.Name, credit.Role, credit.Work)).ToList(),
            items,
            access.CanRead,
            enrolment is null ? null : ToChoice(enrolment),
            access.Enrolments.Where(other => other != enrolment).Select(ToChoice).ToList(),
            isLearner ? new CourseProgress(position.Completed, position.Total, position.Next is { } next ? items[next.Number - 1] : null) : null);
    }

    private static ModuleListItem ToItem(PositionedModule module) =>
        new(module.Number, module.Entry.Slug, module.Entry.Title, module.Entry.Minutes, module.ReleasesOn, module.IsReleased, module.Status);

    private static CohortChoice ToChoice(Enrolment enrolment) =>
        new(enrolment.CohortSlug, enrolment.CohortName, enrolment.Role == CohortRole.Instructor);
}
