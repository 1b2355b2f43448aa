using MediatR;

namespace Academy.Contracts.Teaching;

/// <summary>
/// For a cohort's instructors (and admins): reflections waiting for review, requests for more time and submissions short of
/// peer reviewers (this module's part of one page of the queue: at most a page and one more of each kind after
/// <paramref name="After"/>), submissions per module, and each learner's last writing. Answered by the Reflections module.
/// </summary>
public sealed record GetReflectionsAttention(string CohortSlug, AttentionPosition? After = null) : IRequest<ReflectionsAttention>;

/// <param name="Count">How many things of this module need attention in all, counted in the database.</param>
public sealed record ReflectionsAttention(
    IReadOnlyList<AttentionItem> Items, int Count, IReadOnlyList<ChartPoint> SubmissionsPerModule, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);
