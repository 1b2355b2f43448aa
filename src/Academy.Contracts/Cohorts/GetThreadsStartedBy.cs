using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>
/// What a member did in the open in one cohort, for their profile (shown only with their consent): the threads
/// they started, answered by the Discussions module. Only members of the cohort get an answer.
/// </summary>
public sealed record GetThreadsStartedBy(string CohortSlug, string MemberId) : IRequest<IReadOnlyList<ActivityItem>>;
