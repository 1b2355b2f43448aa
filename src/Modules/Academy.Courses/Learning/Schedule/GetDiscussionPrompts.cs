using Academy.Contracts.Courses;
using Academy.Courses.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Schedule;

internal sealed class GetDiscussionPromptsHandler(ICoursesData data) : IRequestHandler<GetDiscussionPrompts, IReadOnlyList<ModuleDiscussionPrompts>>
{
    public async Task<IReadOnlyList<ModuleDiscussionPrompts>> Handle(GetDiscussionPrompts request, CancellationToken cancellationToken)
    {
        var outline = await data.Courses.AsNoTracking()
            .Where(course => course.Slug == request.CourseSlug)
            .Select(course => course.Outline)
            .SingleOrDefaultAsync(cancellationToken) ?? [];
        var moduleIds = outline.Select(entry => entry.ModuleId).ToList();
        var prompts = await (
                from module in data.CourseModules
                where moduleIds.Contains(module.Id)
                join revision in data.ModuleRevisions
                    on new { module.Id, Number = module.PublishedRevisionNumber } equals new { Id = revision.ModuleId, revision.Number }
                select new { module.Id, revision.DiscussionPrompts })
            .AsNoTracking()
            .ToDictionaryAsync(row => row.Id, row => row.DiscussionPrompts, cancellationToken);

        return outline.Select((entry, index) => new ModuleDiscussionPrompts(index + 1, entry.Slug, entry.Title,
                (prompts.GetValueOrDefault(entry.ModuleId) ?? []).Select(prompt => new DiscussionPromptText(prompt.Title, prompt.Prompt)).ToList()))
            .ToList();
    }
}
