using MediatR;

namespace Academy.Contracts.Courses;

/// <summary>
/// The discussion prompts of a course's visible modules, in course order: the Discussions module opens a
/// space per module with these as pinned starter threads. Answered by the Courses module.
/// </summary>
public sealed record GetDiscussionPrompts(string CourseSlug) : IRequest<IReadOnlyList<ModuleDiscussionPrompts>>;

/// <param name="Language">The language of the course's content (the module's title and its prompts).</param>
public sealed record ModuleDiscussionPrompts(int Number, string ModuleSlug, string ModuleTitle, IReadOnlyList<DiscussionPromptText> Prompts, string Language);

public sealed record DiscussionPromptText(string Title, string Prompt);
