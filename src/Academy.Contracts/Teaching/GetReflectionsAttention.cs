using MediatR;

namespace Academy.Contracts.Teaching;

/// <summary>
/// For a cohort's instructors (and admins): reflections waiting for review and requests for more time,
/// submissions per module, and each learner's last writing. Answered by the Reflections module.
/// </summary>
public sealed record GetReflectionsAttention(string CohortSlug) : IRequest<ReflectionsAttention>;

public sealed record ReflectionsAttention(
    IReadOnlyList<AttentionItem> Items, IReadOnlyList<ChartPoint> SubmissionsPerModule, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);
