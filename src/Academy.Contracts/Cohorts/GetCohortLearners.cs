using Academy.Contracts.Access;
using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>
/// Every cohort with its course, its start and its learners as they are now (a removed learner is no longer
/// among them), for the jobs that remind people, which run with nobody signed in; within a web request only
/// administrators get an answer. Answered by the Cohorts module.
/// </summary>
[AllowBackgroundJob]
[RequiresRole(Roles.Admin)]
public sealed record GetCohortLearners : IRequest<IReadOnlyList<CohortLearners>>;

/// <param name="TimeZone">The cohort's IANA zone, in which its calendar days begin and end.</param>
public sealed record CohortLearners(string CohortSlug, string CourseSlug, DateOnly StartsOn, string TimeZone, IReadOnlyList<string> LearnerIds);
