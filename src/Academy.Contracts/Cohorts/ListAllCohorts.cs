using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>Every cohort with its course, start, instructors and size, for administrators. Answered by the Cohorts module.</summary>
[Academy.Contracts.Access.RequiresRole(Academy.Contracts.Access.Roles.Admin)]
public sealed record ListAllCohorts : IRequest<IReadOnlyList<CohortOverview>>;

public sealed record CohortOverview(string Slug, string Name, string CourseSlug, DateOnly StartsOn, IReadOnlyList<string> Instructors, int Learners);
