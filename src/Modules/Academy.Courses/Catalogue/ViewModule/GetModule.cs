using System.Linq.Expressions;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Courses.Learning.Progress;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Courses.Catalogue.ViewModule;

/// <summary>
/// A module's published content for members of the course's cohorts (and admins). Learners see a module
/// before its release date only as a title and a date. Opening a released module starts it for the learner.
/// </summary>
public sealed record GetModule(string CourseSlug, string ModuleSlug, string? CohortSlug = null) : IRequest<ModuleView>;

/// <param name="CourseLanguage">The language of the course's content: the <c>lang</c> of every element that shows it.</param>
public sealed record ModuleView(
    string CourseSlug,
    string CourseTitle,
    string CourseLanguage,
    int Number,
    int ModuleCount,
    string Slug,
    string Title,
    int Minutes,
    int WordCount,
    DateOnly? ReleasesOn,
    bool IsReleased,
    bool ShowsContent,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<TocLine> Contents,
    string BodyHtml,
    IReadOnlyList<DiscussionPromptCard> DiscussionPrompts,
    IReadOnlyList<ReflectionPromptCard> ReflectionPrompts,
    IReadOnlyList<ReadingLine> FurtherReading,
    ModuleLink? Previous,
    ModuleLink? Next,
    string? CohortSlug,
    string? CohortName,
    bool TracksProgress,
    bool IsCompleted,
    IReadOnlyList<LiveSessionSummary> Sessions,
    string? CohortTimeZone = null);

public sealed record TocLine(int Level, string Id, string Text);

public sealed record DiscussionPromptCard(string Title, string Prompt);

public sealed record ReflectionPromptCard(string Slug, string Title, string Prompt, IReadOnlyList<RubricLine> Rubric, int MaxPoints);

public sealed record RubricLine(string Criterion, string Description, IReadOnlyList<RubricLevelLine> Levels);

public sealed record RubricLevelLine(string Name, string Description, int Points);

public sealed record ReadingLine(string Title, string Author, string? Url, string Note);

public sealed record ModuleLink(string Slug, string Title);

internal sealed class GetModuleHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, IMemoryCache cache)
    : IRequestHandler<GetModule, ModuleView>
{
    public async Task<ModuleView> Handle(GetModule request, CancellationToken cancellationToken)
    {
        var notFound = new NotFoundException($"Module {request.CourseSlug}/{request.ModuleSlug} does not exist.");
        var access = await mediator.Send(new GetCourseAccess(request.CourseSlug), cancellationToken);
        if (!access.CanRead)
        {
            throw notFound;
        }

        var enrolment = access.Choose(request.CohortSlug);
        var cohortSlug = enrolment?.CohortSlug;
        var userId = currentUser.UserId;

        var found = await data.ModuleForReader(request.CourseSlug, request.ModuleSlug, userId, cohortSlug).SingleOrDefaultAsync(cancellationToken)
            ?? throw notFound;

        // A published revision never changes, so its content is kept in memory, and read again only once the module
        // has been published anew.
        var cacheKey = (nameof(PublishedModuleContent), request.CourseSlug, request.ModuleSlug);
        var content = cache.Get<PublishedModuleContent>(cacheKey);
        if (content?.RevisionId != found.RevisionId)
        {
            content = PublishedModuleContent.From(await data.ModuleRevisions.AsNoTracking().SingleAsync(r => r.Id == found.RevisionId, cancellationToken));
            cache.Set(cacheKey, content, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });
        }

        var now = clock.GetUtcNow();
        var index = found.Outline.FindIndex(entry => entry.ModuleId == found.ModuleId);
        var releasesOn = enrolment is null ? (DateOnly?)null : ReleaseSchedule.ReleaseOn(enrolment.StartsOn, index, found.OwnReleaseOn);
        var isReleased = releasesOn is null || ReleaseSchedule.IsReleased(releasesOn.Value, now, enrolment!.TimeZone);
        var tracksProgress = enrolment?.Role == CohortRole.Learner;
        // The cohort's live sessions of this module, if it has any, from the Cohorts module's memory (no query while it remembers them).
        IReadOnlyList<LiveSessionSummary> sessions = enrolment is { HasLiveSessions: true }
            ? await mediator.Send(new GetModuleSessions(enrolment.CohortSlug, request.ModuleSlug), cancellationToken)
            : [];
        if (!isReleased && !access.SeesEverything)
        {
            return Unreleased(request, found.CourseTitle, found.CourseLanguage, found.Outline, index, content, releasesOn, enrolment, sessions);
        }

        if (tracksProgress && isReleased)
        {
            await RecordVisitAsync(found.Progress, cohortSlug!, userId, found.ModuleId, now, cancellationToken);
        }

        return new ModuleView(
            request.CourseSlug, found.CourseTitle, found.CourseLanguage, index + 1, found.Outline.Count, request.ModuleSlug,
            content.Title, content.Minutes, content.WordCount, releasesOn, isReleased, ShowsContent: true,
            content.Objectives, content.Contents, content.BodyHtml, content.DiscussionPrompts, content.ReflectionPrompts, content.FurtherReading,
            Neighbour(found.Outline, index - 1), Neighbour(found.Outline, index + 1),
            cohortSlug, enrolment?.CohortName, tracksProgress, found.Progress?.IsCompleted == true, sessions, enrolment?.TimeZone);
    }

    /// <summary>
    /// A visible module for its reader, in one query: the course and its outline, which revision is published, the
    /// reader's progress row and the cohort's own release date for it (left joins: both may be missing). Every module
    /// page asks it, so it is compiled once for the app (<see cref="Data.CoursesQueries"/>).
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string, string, string?, IQueryable<ModuleRow>>> ModuleForReaderQuery =
        (context, courseSlug, moduleSlug, userId, cohortSlug) => (
            from course in context.Set<Course>()
            where course.Slug == courseSlug
            join module in context.Set<CourseModule>() on course.Id equals module.CourseId
            where module.Slug == moduleSlug && !module.IsHidden
            join revision in context.Set<ModuleRevision>()
                on new { module.Id, Number = module.PublishedRevisionNumber } equals new { Id = revision.ModuleId, revision.Number }
            join progress in context.Set<ModuleProgress>().Where(p => p.UserId == userId && p.CohortSlug == cohortSlug)
                on module.Id equals progress.ModuleId into progressRows
            from progress in progressRows.DefaultIfEmpty()
            join release in context.Set<ModuleRelease>().Where(r => r.CohortSlug == cohortSlug)
                on module.Id equals release.ModuleId into releases
            from release in releases.DefaultIfEmpty()
            select new ModuleRow
            {
                ModuleId = module.Id, CourseTitle = course.Title, CourseLanguage = course.Language, Outline = course.Outline, RevisionId = revision.Id,
                Progress = progress, OwnReleaseOn = release == null ? null : release.ReleasesOn,
            }).AsNoTracking();

    internal sealed class ModuleRow
    {
        public Guid ModuleId { get; init; }
        public string CourseTitle { get; init; } = string.Empty;
        public string CourseLanguage { get; init; } = string.Empty;
        public List<OutlineEntry> Outline { get; init; } = [];
        public Guid RevisionId { get; init; }
        public ModuleProgress? Progress { get; init; }
        public DateOnly? OwnReleaseOn { get; init; }
    }

    private async Task RecordVisitAsync(ModuleProgress? progress, string cohortSlug, string userId, Guid moduleId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (progress is null)
        {
            data.ModuleProgress.Add(new ModuleProgress(cohortSlug, userId, moduleId, now));
            try
            {
                await data.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same learner opened the module twice at once; the other request recorded the visit.
            }
        }
        else if (progress.Open(now))
        {
            await data.ModuleProgress.Where(p => p.Id == progress.Id)
                .ExecuteUpdateAsync(p => p.SetProperty(row => row.LastOpenedAt, now), cancellationToken);
        }
    }

    private static ModuleView Unreleased(GetModule request, string courseTitle, string courseLanguage, List<OutlineEntry> outline, int index,
        PublishedModuleContent published, DateOnly? releasesOn, Enrolment? enrolment, IReadOnlyList<LiveSessionSummary> sessions) =>
        new(request.CourseSlug, courseTitle, courseLanguage, index + 1, outline.Count, request.ModuleSlug, published.Title, published.Minutes, 0,
            releasesOn, IsReleased: false, ShowsContent: false, [], [], string.Empty, [], [], [], Neighbour(outline, index - 1), Neighbour(outline, index + 1),
            enrolment?.CohortSlug, enrolment?.CohortName, false, false, sessions, enrolment?.TimeZone);

    private static ModuleLink? Neighbour(List<OutlineEntry> outline, int index) =>
        index >= 0 && index < outline.Count ? new ModuleLink(outline[index].Slug, outline[index].Title) : null;
}

/// <summary>What every reader of a published revision sees, shaped for the page once: revisions never change after publishing.</summary>
internal sealed record PublishedModuleContent(
    Guid RevisionId,
    string Title,
    int Minutes,
    int WordCount,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<TocLine> Contents,
    string BodyHtml,
    IReadOnlyList<DiscussionPromptCard> DiscussionPrompts,
    IReadOnlyList<ReflectionPromptCard> ReflectionPrompts,
    IReadOnlyList<ReadingLine> FurtherReading)
{
    public static PublishedModuleContent From(ModuleRevision revision) => new(
        revision.Id, revision.Title, revision.Minutes, revision.WordCount, revision.Objectives,
        revision.Headings.Select(h => new TocLine(h.Level, h.Id, h.Text)).ToList(),
        revision.BodyHtml,
        revision.DiscussionPrompts.Select(p => new DiscussionPromptCard(p.Title, p.Prompt)).ToList(),
        revision.ReflectionPrompts.Select(ToCard).ToList(),
        revision.FurtherReading.Select(r => new ReadingLine(r.Title, r.Author, r.Url, r.Note)).ToList());

    private static ReflectionPromptCard ToCard(ReflectionPrompt prompt) => new(prompt.Slug, prompt.Title, prompt.Prompt,
        prompt.Rubric.Select(c => new RubricLine(c.Criterion, c.Description,
            c.Levels.OrderBy(l => l.Points).Select(l => new RubricLevelLine(l.Name, l.Description, l.Points)).ToList())).ToList(),
        prompt.Rubric.Sum(c => c.Levels.Count == 0 ? 0 : c.Levels.Max(l => l.Points)));
}
