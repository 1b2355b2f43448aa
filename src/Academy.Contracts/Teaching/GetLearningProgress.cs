using MediatR;

namespace Academy.Contracts.Teaching;

/// <summary>
/// For a cohort's instructors (and admins): how many learners opened and completed each module (the funnel),
/// and each learner's last visit unless <paramref name="WithLastActivity"/> is false (the asker keeps it already). Answered by
/// the Courses module.
/// </summary>
public sealed record GetLearningProgress(string CohortSlug, bool WithLastActivity = true) : IRequest<LearningProgress>;

/// <param name="LastActivity">Each learner's last visit; empty when it was not asked for.</param>
/// <param name="CourseLanguage">The language of the course's content (the modules' titles): the <c>lang</c> of the elements that show them.</param>
public sealed record LearningProgress(IReadOnlyList<ModuleFunnelStep> Funnel, IReadOnlyDictionary<string, DateTimeOffset> LastActivity, string CourseLanguage);

public sealed record ModuleFunnelStep(int Number, string Title, int Opened, int Completed);
