using Academy.Contracts.Courses;

namespace Academy.Reflections.PeerReviews;

/// <summary>
/// What a peer comments on: each criterion of the assignment's rubric with the points of its levels, or, for an
/// assignment without a rubric, one general comment without a score.
/// </summary>
internal static class PeerReviewRubric
{
    public const string General = "Your review";

    public static IReadOnlyList<PeerCriterion> Of(ReflectionAssignment assignment) => assignment.Rubric.Count == 0
        ? [new PeerCriterion(General, string.Empty, [], [])]
        : assignment.Rubric.Select(criterion => new PeerCriterion(criterion.Criterion, criterion.Description, criterion.Levels,
            criterion.Levels.Select(level => level.Points).ToList())).ToList();
}

/// <param name="Points">The scores a peer may give on it; none for the general comment.</param>
internal sealed record PeerCriterion(string Name, string Description, IReadOnlyList<AssignmentLevel> Levels, IReadOnlyList<int> Points);
