using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>The members of a cohort (learners and instructors), for mentions and suggestions. Answered by the Cohorts module for members of the cohort.</summary>
public sealed record GetCohortMembers(string CohortSlug) : IRequest<IReadOnlyList<CohortMemberName>>;

public sealed record CohortMemberName(string UserId, string DisplayName, CohortRole Role);
