using Academy.Contracts.Cohorts;
using Academy.Courses.Catalogue.ViewCourse;
using Academy.Courses.Data;
using Academy.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Catalogue.ViewModule;

/// <summary>A module's published content, for members of the course's cohorts (and admins).</summary>
public sealed record GetModule(string CourseSlug, string ModuleSlug) : IRequest<ModuleView>;

public sealed record ModuleView(
    string CourseSlug,
    string CourseTitle,
    int Number,
    int ModuleCount,
    string Slug,
    string Title,
    int Minutes,
    int WordCount,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<TocLine> Contents,
    string BodyHtml,
    IReadOnlyList<DiscussionPromptCard> DiscussionPrompts,
    IReadOnlyList<ReflectionPromptCard> ReflectionPrompts,
    IReadOnlyList<ReadingLine> FurtherReading,
    ModuleLink? Previous,
    ModuleLink? Next);

public sealed record TocLine(int Level, string Id, string Text);

public sealed record DiscussionPromptCard(string Title, string Prompt);

public sealed record ReflectionPromptCard(string Slug, string Title, string Prompt, IReadOnlyList<RubricLine> Rubric, int MaxPoints);

public sealed record RubricLine(string Criterion, string Description, IReadOnlyList<RubricLevelLine> Levels);

public sealed record RubricLevelLine(string Name, string Description, int Points);

public sealed record ReadingLine(string Title, string Author, string? Url, string Note);

public sealed record ModuleLink(string Slug, string Title);

internal sealed class GetModuleHandler(ICoursesData data, IMediator mediator) : IRequestHandler<GetModule, ModuleView>
{
    public async Task<ModuleView> Handle(GetModule request, CancellationToken cancellationToken)
    {
        var notFound = new NotFoundException($"Module {request.CourseSlug}/{request.ModuleSlug} does not exist.");
        if (!await mediator.Send(new HasCourseAccess(request.CourseSlug), cancellationToken))
        {
            throw notFound;
        }

        // One query for the module and its published revision, one for the course's module list (prev/next).
        var found = await (
                from course in data.Courses
                where course.Slug == request.CourseSlug
                join module in data.CourseModules on course.Id equals module.CourseId
                where module.Slug == request.ModuleSlug && !module.IsHidden
                join revision in data.ModuleRevisions
                    on new { module.Id, Number = module.PublishedRevisionNumber } equals new { Id = revision.ModuleId, revision.Number }
                select new { CourseId = course.Id, CourseTitle = course.Title, Revision = revision })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken) ?? throw notFound;

        var siblings = await PublishedModules.Of(data, found.CourseId).ToListAsync(cancellationToken);
        var index = siblings.FindIndex(sibling => sibling.Slug == request.ModuleSlug);
        var published = found.Revision;

        return new ModuleView(
            request.CourseSlug,
            found.CourseTitle,
            index + 1,
            siblings.Count,
            request.ModuleSlug,
            published.Title,
            published.Minutes,
            published.WordCount,
            published.Objectives,
            published.Headings.Select(h => new TocLine(h.Level, h.Id, h.Text)).ToList(),
            published.BodyHtml,
            published.DiscussionPrompts.Select(p => new DiscussionPromptCard(p.Title, p.Prompt)).ToList(),
            published.ReflectionPrompts.Select(p => new ReflectionPromptCard(p.Slug, p.Title, p.Prompt,
                p.Rubric.Select(c => new RubricLine(c.Criterion, c.Description,
                    c.Levels.OrderBy(l => l.Points).Select(l => new RubricLevelLine(l.Name, l.Description, l.Points)).ToList())).ToList(),
                p.Rubric.Sum(c => c.Levels.Count == 0 ? 0 : c.Levels.Max(l => l.Points)))).ToList(),
            published.FurtherReading.Select(r => new ReadingLine(r.Title, r.Author, r.Url, r.Note)).ToList(),
            index > 0 ? new ModuleLink(siblings[index - 1].Slug, siblings[index - 1].Title) : null,
            index >= 0 && index < siblings.Count - 1 ? new ModuleLink(siblings[index + 1].Slug, siblings[index + 1].Title) : null);
    }
}
