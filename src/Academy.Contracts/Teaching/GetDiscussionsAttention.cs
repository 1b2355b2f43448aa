using MediatR;

namespace Academy.Contracts.Teaching;

/// <summary>
/// For a cohort's instructors (and admins): threads nobody has answered for 48 hours and flagged posts (this module's part
/// of one page of the queue: at most a page and one more of each kind after <paramref name="After"/>), posts per week, and
/// each member's last post unless <paramref name="WithLastActivity"/> is false (the asker keeps it already). Answered by the
/// Discussions module.
/// </summary>
public sealed record GetDiscussionsAttention(string CohortSlug, AttentionPosition? After = null, bool WithLastActivity = true) : IRequest<DiscussionsAttention>;

/// <param name="Count">How many things of this module need attention in all, counted in the database.</param>
/// <param name="LastActivity">Each member's last post; empty when it was not asked for.</param>
public sealed record DiscussionsAttention(
    IReadOnlyList<AttentionItem> Items, int Count, IReadOnlyList<ChartPoint> PostsPerWeek, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);
