using MediatR;

namespace Academy.Contracts.Teaching;

/// <summary>
/// For a cohort's instructors (and admins): reflections waiting for review, requests for more time and submissions short of
/// peer reviewers (this module's part of one page of the queue: at most a page and one more of each kind after
/// <paramref name="After"/>), submissions per module, and each learner's last writing unless <paramref name="WithLastActivity"/>
/// is false (the asker keeps it already). Answered by the Reflections module.
/// </summary>
public sealed record GetReflectionsAttention(string CohortSlug, AttentionPosition? After = null, bool WithLastActivity = true) : IRequest<ReflectionsAttention>;

/// <param name="Count">How many things of this module need attention in all, counted in the database.</param>
/// <param name="LastActivity">Each learner's last writing; empty when it was not asked for.</param>
public sealed record ReflectionsAttention(
    IReadOnlyList<AttentionItem> Items, int Count, IReadOnlyList<ChartPoint> SubmissionsPerModule, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);
