using MediatR;

namespace Academy.Contracts.Courses;

/// <summary>
/// A cohort's schedule for its course: each module's release date and the date its reflections are due.
/// Asked by the Cohorts module for the cohort home and its calendar feed; answered by the Courses module.
/// </summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record GetCohortSchedule(string CourseSlug, string CohortSlug, DateOnly CohortStartsOn, string CohortTimeZone) : IRequest<CohortSchedule>;

/// <param name="CourseLanguage">The language of the course's content (its titles): the <c>lang</c> of the elements that show them.</param>
public sealed record CohortSchedule(string CourseSlug, string CourseTitle, string CourseLanguage, IReadOnlyList<ScheduledModule> Modules);

/// <param name="ChangedAt">
/// The last recorded change to what the schedule says of this module: the publication of its revision (title,
/// length, reflection prompts) or the course's description, whichever is later. Calendar feeds derive SEQUENCE from it.
/// </param>
public sealed record ScheduledModule(int Number, string Slug, string Title, int Minutes, DateOnly ReleasesOn, DateOnly ReflectionsDueOn,
    IReadOnlyList<string> ReflectionTitles, bool IsReleased, DateTimeOffset ChangedAt);
