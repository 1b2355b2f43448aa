using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.Courses.Data;
using Academy.Courses.Learning.Progress;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Security;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Home;

/// <summary>
/// The signed-in user's cohorts with their courses: progress, the module to read next, what comes due next and the
/// next live session. The "my learning" half of the home page.
/// </summary>
public sealed record GetMyLearning : IRequest<IReadOnlyList<LearningCard>>;

public sealed record LearningCard(
    string CohortSlug,
    string CohortName,
    CohortRole Role,
    DateOnly StartsOn,
    string CourseSlug,
    string CourseTitle,
    string CourseSummary,
    string CourseLanguage,
    int Completed,
    int Total,
    NextStep? Continue,
    UpcomingDate? Upcoming,
    LiveSessionSummary? NextSession)
{
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Completed / Total);
}

/// <summary>The module to open next; <see cref="Started"/> when the learner has already opened it.</summary>
public sealed record NextStep(int Number, string ModuleSlug, string Title, bool Started);

/// <summary>The next date that matters: a module opening (<see cref="ReflectionsDue"/> false), or its reflections coming due.</summary>
public sealed record UpcomingDate(DateOnly On, int ModuleNumber, string ModuleTitle, bool ReflectionsDue);

internal sealed class GetMyLearningHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetMyLearning, IReadOnlyList<LearningCard>>
{
    public async Task<IReadOnlyList<LearningCard>> Handle(GetMyLearning request, CancellationToken cancellationToken)
    {
        var enrolments = await mediator.Send(new GetMyEnrolments(), cancellationToken);
        if (enrolments.Count == 0)
        {
            return [];
        }

        var courseSlugs = enrolments.Select(e => e.CourseSlug).Distinct().ToList();
        var cohortSlugs = enrolments.Select(e => e.CohortSlug).ToList();
        var courses = await data.Courses.AsNoTracking()
            .Where(course => courseSlugs.Contains(course.Slug))
            .Select(course => new { course.Slug, course.Title, course.Summary, course.Language, course.Outline })
            .ToDictionaryAsync(course => course.Slug, cancellationToken);
        var progress = await data.ProgressInAsync(currentUser.UserId, cohortSlugs, cancellationToken);
        var ownDates = await data.OwnDatesOfAsync(cohortSlugs, cancellationToken);
        var prompts = await data.PublishedRevisionsOf(courses.Values.SelectMany(course => course.Outline))
            .Select(revision => new { revision.ModuleId, revision.ReflectionPrompts })
            .ToDictionaryAsync(row => row.ModuleId, row => row.ReflectionPrompts.Select(prompt => prompt.Slug).ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        var withSessions = enrolments.Where(e => e.HasLiveSessions).Select(e => e.CohortSlug).ToList();
        var sessions = withSessions.Count == 0
            ? new Dictionary<string, LiveSessionSummary>()
            : await mediator.Send(new GetNextSessions(withSessions), cancellationToken);

        return enrolments
            .Where(enrolment => courses.ContainsKey(enrolment.CourseSlug))
            .Select(enrolment =>
            {
                var course = courses[enrolment.CourseSlug];
                var dates = ownDates[enrolment.CohortSlug];
                var position = new LearnerPosition(course.Outline, enrolment, progress[enrolment.CohortSlug], dates.Releases, now);
                var next = position.Next;
                return new LearningCard(enrolment.CohortSlug, enrolment.CohortName, enrolment.Role, enrolment.StartsOn,
                    course.Slug, course.Title, course.Summary, course.Language, position.Completed, position.Total,
                    next is null ? null : new NextStep(next.Number, next.Entry.Slug, next.Entry.Title, next.Status == ModuleStatus.InProgress),
                    Upcoming(position, ZonedTime.Today(now, enrolment.TimeZone), module => dates.ReflectionsDueOn(prompts.GetValueOrDefault(module.Entry.ModuleId) ?? [], module.ReleasesOn!.Value)),
                    sessions.GetValueOrDefault(enrolment.CohortSlug));
            })
            .ToList();
    }

    /// <param name="reflectionsDueOn">When a module's reflections are due for this cohort (the latest of its assignments, moved dates included); null without reflections.</param>
    private static UpcomingDate? Upcoming(LearnerPosition position, DateOnly today, Func<PositionedModule, DateOnly?> reflectionsDueOn)
    {
        var dates = position.Modules
            .SelectMany(module => reflectionsDueOn(module) is { } dueOn
                ? new[]
                {
                    new UpcomingDate(module.ReleasesOn!.Value, module.Number, module.Entry.Title, ReflectionsDue: false),
                    new UpcomingDate(dueOn, module.Number, module.Entry.Title, ReflectionsDue: true),
                }
                : [new UpcomingDate(module.ReleasesOn!.Value, module.Number, module.Entry.Title, ReflectionsDue: false)])
            .Where(date => date.On >= today)
            .OrderBy(date => date.On);
        return dates.FirstOrDefault();
    }
}
