using MediatR;

namespace Academy.Contracts.Teaching;

/// <summary>Something a cohort's instructor should look at, and where it is handled.</summary>
public sealed record AttentionItem(string Kind, string Text, string Url, DateTimeOffset Since);

/// <summary>A count for one step of a chart (a module, a week).</summary>
public sealed record ChartPoint(string Label, int Value);

/// <summary>
/// For a cohort's instructors (and admins): reflections waiting for review and requests for more time,
/// submissions per module, and each learner's last writing. Answered by the Reflections module.
/// </summary>
public sealed record GetReflectionsAttention(string CohortSlug) : IRequest<ReflectionsAttention>;

public sealed record ReflectionsAttention(
    IReadOnlyList<AttentionItem> Items, IReadOnlyList<ChartPoint> SubmissionsPerModule, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);

/// <summary>
/// For a cohort's instructors (and admins): threads nobody has answered for 48 hours, flagged posts, posts per
/// week, and each member's last post. Answered by the Discussions module.
/// </summary>
public sealed record GetDiscussionsAttention(string CohortSlug) : IRequest<DiscussionsAttention>;

public sealed record DiscussionsAttention(
    IReadOnlyList<AttentionItem> Items, IReadOnlyList<ChartPoint> PostsPerWeek, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);

/// <summary>
/// For a cohort's instructors (and admins): how many learners opened and completed each module (the funnel),
/// and each learner's last visit. Answered by the Courses module.
/// </summary>
public sealed record GetLearningProgress(string CohortSlug) : IRequest<LearningProgress>;

public sealed record LearningProgress(IReadOnlyList<ModuleFunnelStep> Funnel, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);

public sealed record ModuleFunnelStep(int Number, string Title, int Opened, int Completed);
