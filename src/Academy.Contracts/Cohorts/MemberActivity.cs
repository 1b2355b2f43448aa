using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>
/// What a member did in the open in one cohort, for their profile (shown only with their consent): the threads
/// they started, answered by the Discussions module. Only members of the cohort get an answer.
/// </summary>
public sealed record GetThreadsStartedBy(string CohortSlug, string MemberId) : IRequest<IReadOnlyList<ActivityItem>>;

/// <summary>The reflections a member shared with the cohort (never private ones, never scores); answered by the Reflections module.</summary>
public sealed record GetReflectionsSharedBy(string CohortSlug, string MemberId) : IRequest<IReadOnlyList<ActivityItem>>;

public sealed record ActivityItem(string Title, string Url, DateTimeOffset At);
