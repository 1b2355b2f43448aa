using MediatR;

namespace Academy.Contracts.Courses;

/// <summary>
/// The discussion prompts of a course's visible modules, in course order: the Discussions module opens a
/// space per module with these as pinned starter threads. Answered by the Courses module.
/// </summary>
public sealed record GetDiscussionPrompts(string CourseSlug) : IRequest<IReadOnlyList<ModuleDiscussionPrompts>>;

public sealed record ModuleDiscussionPrompts(int Number, string ModuleSlug, string ModuleTitle, IReadOnlyList<DiscussionPromptText> Prompts);

public sealed record DiscussionPromptText(string Title, string Prompt);
