using MediatR;

namespace Academy.Contracts.Teaching;

/// <summary>
/// For a cohort's instructors (and admins): threads nobody has answered for 48 hours and flagged posts (this module's part
/// of one page of the queue: at most a page and one more of each kind after <paramref name="After"/>), posts per week, and
/// each member's last post. Answered by the Discussions module.
/// </summary>
public sealed record GetDiscussionsAttention(string CohortSlug, AttentionPosition? After = null) : IRequest<DiscussionsAttention>;

/// <param name="Count">How many things of this module need attention in all, counted in the database.</param>
public sealed record DiscussionsAttention(
    IReadOnlyList<AttentionItem> Items, int Count, IReadOnlyList<ChartPoint> PostsPerWeek, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);
