using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.Courses.Catalogue.ListCourses;
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
/// next live session; and the course catalogue beside them. The home page of someone signed in, in two commands
/// whatever the number of cohorts: the cohorts with their next sessions (asked of the Cohorts module once) and the
/// learner's progress with the cohorts' own dates. The courses (the catalogue, outlines and reflection prompts) come from
/// <see cref="CourseOutlines"/>, a third command when this instance does not keep them.
/// </summary>
public sealed record GetMyLearning : IRequest<MyLearning>;

public sealed record MyLearning(IReadOnlyList<LearningCard> Cards, IReadOnlyList<CourseCard> Catalogue);

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

internal sealed class GetMyLearningHandler(ICoursesData data, CourseOutlines outlines, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetMyLearning, MyLearning>
{
    public async Task<MyLearning> Handle(GetMyLearning request, CancellationToken cancellationToken)
    {
        var enrolments = await mediator.Send(new GetMyEnrolmentsWithNextSessions(), cancellationToken);
        var cohortSlugs = enrolments.Select(e => e.Enrolment.CohortSlug).ToList();

        // Every course of the catalogue, and the learner's own (published or not) with their outlines and reflection prompts.
        var shelf = await outlines.ShelfAsync(data, cancellationToken);
        var catalogue = shelf.Courses.Values.Select(course => course.Card).Where(card => card.ModuleCount > 0)
            .OrderBy(card => card.Title, StringComparer.CurrentCultureIgnoreCase) // in the reader's collation, as the catalogue's
            .ToList();
        if (enrolments.Count == 0)
        {
            return new MyLearning([], catalogue);
        }

        var own = await data.OwnRowsAsync(currentUser.UserId, cohortSlugs, cancellationToken);
        var now = clock.GetUtcNow();
        var cards = enrolments
            .Where(mine => shelf.Courses.ContainsKey(mine.Enrolment.CourseSlug))
            .Select(mine =>
            {
                var enrolment = mine.Enrolment;
                var (course, outline) = shelf.Courses[enrolment.CourseSlug];
                var dates = own.Dates[enrolment.CohortSlug];
                var position = new LearnerPosition(outline, enrolment, own.Progress[enrolment.CohortSlug], dates.Releases, now);
                var next = position.Next;
                return new LearningCard(enrolment.CohortSlug, enrolment.CohortName, enrolment.Role, enrolment.StartsOn,
                    course.Slug, course.Title, course.Summary, course.Language, position.Completed, position.Total,
                    next is null ? null : new NextStep(next.Number, next.Entry.Slug, next.Entry.Title, next.Status == ModuleStatus.InProgress),
                    Upcoming(position, ZonedTime.Today(now, enrolment.TimeZone), module => dates.ReflectionsDueOn(shelf.PromptSlugs.GetValueOrDefault(module.Entry.ModuleId) ?? [], module.ReleasesOn!.Value)),
                    mine.NextSession);
            })
            .ToList();
        return new MyLearning(cards, catalogue);
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
