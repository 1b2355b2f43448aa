using Academy.Contracts.Courses;
using Academy.Courses.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Schedule;

internal sealed class GetDiscussionPromptsHandler(ICoursesData data) : IRequestHandler<GetDiscussionPrompts, IReadOnlyList<ModuleDiscussionPrompts>>
{
    public async Task<IReadOnlyList<ModuleDiscussionPrompts>> Handle(GetDiscussionPrompts request, CancellationToken cancellationToken)
    {
        var course = await data.OutlineAsync(request.CourseSlug, cancellationToken);
        var outline = course?.Outline ?? [];
        var prompts = await data.PublishedRevisionsOf(outline)
            .Select(revision => new { revision.ModuleId, revision.DiscussionPrompts })
            .ToDictionaryAsync(row => row.ModuleId, row => row.DiscussionPrompts, cancellationToken);

        return outline.Select((entry, index) => new ModuleDiscussionPrompts(index + 1, entry.Slug, entry.Title,
                (prompts.GetValueOrDefault(entry.ModuleId) ?? []).Select(prompt => new DiscussionPromptText(prompt.Title, prompt.Prompt)).ToList(), course!.Language))
            .ToList();
    }
}
