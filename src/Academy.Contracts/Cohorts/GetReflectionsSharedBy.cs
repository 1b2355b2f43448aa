using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>The reflections a member shared with the cohort (never private ones, never scores); answered by the Reflections module.</summary>
public sealed record GetReflectionsSharedBy(string CohortSlug, string MemberId) : IRequest<IReadOnlyList<ActivityItem>>;
