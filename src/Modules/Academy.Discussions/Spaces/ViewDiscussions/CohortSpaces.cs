using System.Globalization;
using Academy.Contracts.Courses;
using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Discussions.Threads;
using Academy.Shared.Markdown;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Spaces.ViewDiscussions;

/// <summary>
/// Opens a cohort's spaces the first time anyone looks, and a space for each module added to the course
/// since: the Lounge, Announcements, and one per module with its discussion prompts as pinned threads.
/// </summary>
internal sealed class CohortSpaces(IDiscussionsData data, IMediator mediator, IMarkdownRenderer markdown, TimeProvider clock, ThreadNumbers numbers)
{
    /// <param name="openedAt">When the prompt threads of new spaces are dated: now, unless a demo cohort's story says otherwise.</param>
    public async Task<List<Space>> EnsureAsync(Participant participant, CancellationToken cancellationToken, DateTimeOffset? openedAt = null)
    {
        var spaces = await data.Spaces.Where(space => space.CohortSlug == participant.CohortSlug).ToListAsync(cancellationToken);
        var modules = await mediator.Send(new GetDiscussionPrompts(participant.CourseSlug), cancellationToken);
        var now = openedAt ?? clock.GetUtcNow();
        var nextNumber = spaces.Count == 0 ? 1 : await numbers.NextAsync(participant.CohortSlug, cancellationToken);
        var changed = false;

        Space Ensure(SpaceKind kind, string title, string description, int position, string? moduleSlug = null, string? language = null)
        {
            var key = kind == SpaceKind.Module ? moduleSlug! : kind.ToString().ToLowerInvariant();
            var space = spaces.SingleOrDefault(s => s.Key == key);
            if (space is null)
            {
                space = new Space(participant.CohortSlug, kind, title, description, position, moduleSlug, language);
                data.Spaces.Add(space);
                spaces.Add(space);
                changed = true;
            }
            else if (space.Title != title || space.Position != position || space.ContentLanguage != language)
            {
                space.Rename(title, position, language);
                changed = true;
            }

            return space;
        }

        // Stored in English; shown in the reader's language (SpaceText).
        Ensure(SpaceKind.Announcements, SpaceText.AnnouncementsTitle, SpaceText.AnnouncementsDescription, 0);
        Ensure(SpaceKind.Lounge, SpaceText.LoungeTitle, SpaceText.LoungeDescription, 1);
        foreach (var module in modules)
        {
            var isNew = !spaces.Any(s => s.Key == module.ModuleSlug);
            var space = Ensure(SpaceKind.Module, string.Format(CultureInfo.InvariantCulture, SpaceText.ModuleTitle, module.Number, module.ModuleTitle),
                string.Format(CultureInfo.InvariantCulture, SpaceText.ModuleDescription, module.Number), 1 + module.Number, module.ModuleSlug, module.Language);
            if (isNew)
            {
                var course = new Author(string.Empty, AuthorNames.CoursePrompt);
                foreach (var prompt in module.Prompts)
                {
                    data.Threads.Add(DiscussionThread.StartPinned(space, nextNumber++, prompt.Title, course,
                        new RenderedPost(prompt.Prompt, markdown.RenderUserContent(prompt.Prompt).Html), now, module.Language));
                }
            }
        }

        if (changed)
        {
            try
            {
                await data.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another member opened the discussions at the same moment and created the spaces first.
                return await data.Spaces.AsNoTracking().Where(space => space.CohortSlug == participant.CohortSlug).ToListAsync(cancellationToken);
            }
        }

        return spaces.OrderBy(space => space.Position).ToList();
    }
}
