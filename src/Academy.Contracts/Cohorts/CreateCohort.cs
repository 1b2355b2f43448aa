using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>
/// Starts a new cohort of a course on a date; the one who creates it becomes its instructor. Sent from the
/// course's authoring page; answered by the Cohorts module. Returns the new cohort's slug.
/// </summary>
public sealed record CreateCohort(string CourseSlug, string Name, DateOnly? StartsOn) : IRequest<string>;
