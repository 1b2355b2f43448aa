using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Courses.Resources;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Academy.Courses.Authoring;

/// <summary>Publishes the drafts whose time has come, as their authors would have.</summary>
internal sealed class ScheduledPublisher(ICoursesData data, IMarkdownRenderer markdown, TimeProvider clock, ModuleReleaseCache releases,
    ILogger<ScheduledPublisher> logger)
{
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var courses = await data.Courses.Include(c => c.Modules).ThenInclude(m => m.Revisions).AsSplitQuery()
            .Where(c => c.Modules.Any(m => m.PublishDraftAt != null && m.PublishDraftAt <= now && m.DraftText != null))
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var course in courses)
        {
            foreach (var module in course.Modules.Where(m => m.PublishDraftAt <= now && m.DraftText is not null))
            {
                var text = module.DraftText!;
                module.PublishRevision(ContentFiles.ContentOf(ContentFiles.ParseModule(text), markdown), ContentFiles.Hash(text), "editor (scheduled)",
                    now, module.Position, text, module.DraftAuthorName ?? AuthorNames.Unnamed);
                module.DiscardDraft();
                published++;
                logger.LogInformation("Published the scheduled draft of {Course}/{Module}", course.Slug, module.Slug);
            }

            course.RefreshOutline();
        }

        await data.SaveChangesAsync(cancellationToken);
        foreach (var course in courses)
        {
            releases.ForgetCourse(course.Slug);
        }

        return published;
    }
}
