using MediatR;

namespace Academy.Contracts.Teaching;

/// <summary>
/// For a cohort's instructors (and admins): how many learners opened and completed each module (the funnel),
/// and each learner's last visit. Answered by the Courses module.
/// </summary>
public sealed record GetLearningProgress(string CohortSlug) : IRequest<LearningProgress>;

public sealed record LearningProgress(IReadOnlyList<ModuleFunnelStep> Funnel, IReadOnlyDictionary<string, DateTimeOffset> LastActivity);

public sealed record ModuleFunnelStep(int Number, string Title, int Opened, int Completed);
