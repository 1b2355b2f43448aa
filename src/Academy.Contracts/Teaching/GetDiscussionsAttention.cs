using MediatR;

namespace Academy.Contracts.Teaching;

/// <summary>
/// For a cohort's instructors (and admins): threads nobody has answered for 48 hours, flagged posts, posts per
/// week, and each member's last post. Answered by the Discussions module.
/// </summary>
public sealed record GetDiscussionsAttention(string CohortSlug) : IRequest<DiscussionsAttention>;

public sealed record DiscussionsAttention(
    IReadOnlyList<AttentionItem> Items, IReadOnlyList<ChartPoint> PostsPerWeek, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);
