using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

/// <summary>A course as its authors see it: every module, published or hidden, with its draft.</summary>
public sealed record GetCourseForAuthoring(string CourseSlug) : IRequest<CourseForAuthoring>;

public sealed record CourseForAuthoring(string CourseSlug, string Title, IReadOnlyList<AuthoredModule> Modules);

public sealed record AuthoredModule(
    string Slug, string Title, bool IsHidden, int PublishedRevision, DateTimeOffset? PublishedAt, string? PublishedBy,
    DateTimeOffset? DraftSavedAt, string? DraftAuthor);

/// <summary>Moves a module one place up or down in the course.</summary>
public sealed record MoveModule(string CourseSlug, string ModuleSlug, bool Up) : IRequest;

/// <summary>Hides a module from learners (its revisions and their progress stay) or shows it again.</summary>
public sealed record HideModule(string CourseSlug, string ModuleSlug, bool Hidden) : IRequest;

/// <summary>The module editor: the draft if there is one, otherwise the published revision.</summary>
public sealed record GetModuleForEditing(string CourseSlug, string ModuleSlug) : IRequest<ModuleForEditing>;

public sealed record ModuleForEditing(
    string CourseSlug, string CourseTitle, string ModuleSlug, ModuleFields Fields, int PublishedRevision,
    DateTimeOffset? DraftSavedAt, string? DraftAuthor, DateTimeOffset? PublishDraftAt);

/// <summary>Saves the editor's fields as the module's draft; learners still read the published revision.</summary>
public sealed record SaveModuleDraft(string CourseSlug, string ModuleSlug, ModuleFields Fields) : IRequest;

/// <summary>The body as learners will see it, through the course-content pipeline.</summary>
public sealed record PreviewModuleBody(string CourseSlug, string Body) : IRequest<string>;

/// <summary>Publishes the draft as the module's next revision.</summary>
public sealed record PublishModuleDraft(string CourseSlug, string ModuleSlug) : IRequest<int>;

public sealed record DiscardModuleDraft(string CourseSlug, string ModuleSlug) : IRequest;

/// <summary>Every revision with author and time, and the difference between two of them.</summary>
public sealed record GetModuleHistory(string CourseSlug, string ModuleSlug, int? From, int? To) : IRequest<ModuleHistory>;

public sealed record ModuleHistory(
    string CourseSlug, string CourseTitle, string ModuleSlug, string Title, int PublishedRevision, IReadOnlyList<RevisionLine> Revisions,
    RevisionComparison? Comparison);

public sealed record RevisionLine(int Number, DateTimeOffset CreatedAt, string AuthorName, string Title);

public sealed record RevisionComparison(int From, int To, string FromText, string ToText);

/// <summary>Puts an old revision back in the editor as the draft; publishing it makes it a new revision.</summary>
public sealed record RestoreRevision(string CourseSlug, string ModuleSlug, int Number) : IRequest;

internal static class Authoring
{
    /// <summary>The course, if the caller authors it: admins, and instructors of any of its cohorts; otherwise not found.</summary>
    public static async Task<Course> AuthoredCourseAsync(this ICoursesData data, IMediator mediator, ICurrentUser currentUser, string courseSlug,
        CancellationToken cancellationToken, bool withRevisions = false)
    {
        IQueryable<Course> courses = withRevisions ? data.Courses.Include(c => c.Modules).ThenInclude(m => m.Revisions) : data.Courses.Include(c => c.Modules);
        var course = await courses.AsSplitQuery().SingleOrDefaultAsync(c => c.Slug == courseSlug, cancellationToken);
        if (course is null || !await mediator.AuthorsAsync(currentUser, course.CreatedBy, courseSlug, cancellationToken))
        {
            throw new NotFoundException($"{currentUser.UserId} does not author {courseSlug}.");
        }

        return course;
    }

    /// <summary>Who authors a course: admins, its creator, and the instructors of its cohorts.</summary>
    public static async Task<bool> AuthorsAsync(this IMediator mediator, ICurrentUser currentUser, string? createdBy, string courseSlug, CancellationToken cancellationToken) =>
        currentUser.IsInRole(Academy.Contracts.Access.Roles.Admin) || createdBy == currentUser.UserId ||
        (await mediator.Send(new GetCourseAccess(courseSlug), cancellationToken)).Enrolments.Any(e => e.Role == CohortRole.Instructor);

    public static CourseModule ModuleOf(this Course course, string moduleSlug) =>
        course.Modules.SingleOrDefault(m => m.Slug == moduleSlug) ?? throw new NotFoundException($"No module {moduleSlug} in {course.Slug}.");
}

internal sealed class ModuleFieldsValidator : AbstractValidator<ModuleFields>
{
    public ModuleFieldsValidator()
    {
        RuleFor(f => f.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Give the module a title.").MaximumLength(200);
        RuleFor(f => f.Minutes).InclusiveBetween(1, 600).WithMessage("Reading time is between 1 and 600 minutes.");
        RuleFor(f => f.Body).Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("Write the module's text.");
        RuleForEach(f => f.DiscussionPrompts).Where(p => !p.IsEmpty).ChildRules(prompt =>
        {
            prompt.RuleFor(p => p.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Give the prompt a title.");
            prompt.RuleFor(p => p.Prompt).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write the prompt.");
        });
        RuleForEach(f => f.ReflectionPrompts).Where(p => !p.IsEmpty).ChildRules(prompt =>
        {
            prompt.RuleFor(p => p.Slug).Must(s => ContentFiles.IsSlug(s.Trim()))
                .WithMessage("Lower-case letters, digits and hyphens, for example my-radar: it is part of the reflection's address.");
            prompt.RuleFor(p => p.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Give the prompt a title.");
            prompt.RuleFor(p => p.Prompt).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write the prompt.");
            prompt.RuleFor(p => p.Criteria).Must(c => c.Any(criterion => !criterion.IsEmpty)).WithMessage("A rubric needs at least one criterion.");
            prompt.RuleForEach(p => p.Criteria).Where(c => !c.IsEmpty).ChildRules(criterion =>
            {
                criterion.RuleFor(c => c.Criterion).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Name the criterion.");
                criterion.RuleFor(c => c.Levels).Must(levels => levels.Count(l => !l.IsEmpty) >= 2).WithMessage("A criterion needs at least two levels.")
                    .Must(levels => levels.Where(l => !l.IsEmpty).Select(l => l.Points).Distinct().Count() == levels.Count(l => !l.IsEmpty))
                    .WithMessage("Each level needs its own number of points.");
                criterion.RuleForEach(c => c.Levels).Where(l => !l.IsEmpty).ChildRules(level =>
                {
                    level.RuleFor(l => l.Name).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Name the level.");
                    level.RuleFor(l => l.Points).NotNull().WithMessage("Points are required.").InclusiveBetween(0, 100).WithMessage("Points are between 0 and 100.");
                });
            });
        });
        RuleFor(f => f.ReflectionPrompts)
            .Must(prompts => prompts.Where(p => !p.IsEmpty).Select(p => p.Slug.Trim()).Distinct().Count() == prompts.Count(p => !p.IsEmpty))
            .WithMessage("Each reflection prompt needs its own slug.");
        RuleForEach(f => f.FurtherReading).Where(r => !r.IsEmpty).ChildRules(reading =>
        {
            reading.RuleFor(r => r.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Give the reading a title.");
            reading.RuleFor(r => r.Url).Must(Academy.Shared.Text.WebAddress.IsEmptyOrHttps)
                .WithMessage("A link starts with https://.");
        });
    }
}

internal sealed class SaveModuleDraftValidator : AbstractValidator<SaveModuleDraft>
{
    public SaveModuleDraftValidator() => RuleFor(request => request.Fields).SetValidator(new ModuleFieldsValidator());
}

internal sealed class GetCourseForAuthoringHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetCourseForAuthoring, CourseForAuthoring>
{
    public async Task<CourseForAuthoring> Handle(GetCourseForAuthoring request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var courseId = course.Id;
        var published = await (
                from module in data.CourseModules
                where module.CourseId == courseId
                join revision in data.ModuleRevisions on new { module.Id, Number = module.PublishedRevisionNumber } equals new { Id = revision.ModuleId, revision.Number }
                select new { module.Id, revision.Title, revision.CreatedAt, revision.AuthorName })
            .AsNoTracking()
            .ToDictionaryAsync(row => row.Id, cancellationToken);
        return new CourseForAuthoring(course.Slug, course.Title, course.Modules
            .OrderBy(m => m.Position).ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Select(m => new AuthoredModule(m.Slug, published.GetValueOrDefault(m.Id)?.Title ?? m.Slug, m.IsHidden, m.PublishedRevisionNumber,
                published.GetValueOrDefault(m.Id)?.CreatedAt, published.GetValueOrDefault(m.Id)?.AuthorName, m.DraftSavedAt, m.DraftAuthorName))
            .ToList());
    }
}

internal sealed class MoveModuleHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, ModuleReleaseCache releases) : IRequestHandler<MoveModule, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(MoveModule request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken, withRevisions: true);
        var ordered = course.Modules.OrderBy(m => m.Position).ThenBy(m => m.Slug, StringComparer.Ordinal).ToList();
        var index = ordered.IndexOf(course.ModuleOf(request.ModuleSlug));
        var swapWith = request.Up ? index - 1 : index + 1;
        if (swapWith >= 0 && swapWith < ordered.Count)
        {
            (ordered[index], ordered[swapWith]) = (ordered[swapWith], ordered[index]);
        }

        // Positions are rewritten 1..n, so ties from imported files never make the order ambiguous.
        for (var position = 0; position < ordered.Count; position++)
        {
            ordered[position].MoveTo(position + 1);
        }

        course.RefreshOutline();
        await data.SaveChangesAsync(cancellationToken);
        releases.ForgetCourse(course.Slug);
        return MediatR.Unit.Value;
    }
}

internal sealed class HideModuleHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, ModuleReleaseCache releases) : IRequestHandler<HideModule, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(HideModule request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken, withRevisions: true);
        var module = course.ModuleOf(request.ModuleSlug);
        if (request.Hidden)
        {
            module.Hide();
        }
        else
        {
            module.Show();
        }

        course.RefreshOutline();
        await data.SaveChangesAsync(cancellationToken);
        releases.ForgetCourse(course.Slug);
        return MediatR.Unit.Value;
    }
}

internal sealed class GetModuleForEditingHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetModuleForEditing, ModuleForEditing>
{
    public async Task<ModuleForEditing> Handle(GetModuleForEditing request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var module = course.ModuleOf(request.ModuleSlug);
        var text = module.DraftText ?? await data.ModuleRevisions.AsNoTracking()
            .Where(r => r.ModuleId == module.Id && r.Number == module.PublishedRevisionNumber)
            .Select(r => r.FileText).SingleOrDefaultAsync(cancellationToken);
        var fields = string.IsNullOrEmpty(text) ? new ModuleFields() : ModuleFields.From(ContentFiles.ParseModule(text));
        return new ModuleForEditing(course.Slug, course.Title, module.Slug, fields, module.PublishedRevisionNumber, module.DraftSavedAt, module.DraftAuthorName,
            module.PublishDraftAt);
    }
}

internal sealed class SaveModuleDraftHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<SaveModuleDraft, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(SaveModuleDraft request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken, withRevisions: true);
        var module = course.ModuleOf(request.ModuleSlug);

        // Reflection assignments are keyed by slug across the course: a slug must not be another module's.
        var otherSlugs = course.Modules.Where(m => m.Id != module.Id && m.PublishedRevisionNumber > 0)
            .SelectMany(m => m.Revisions.Single(r => r.Number == m.PublishedRevisionNumber).ReflectionPrompts.Select(p => p.Slug))
            .ToHashSet(StringComparer.Ordinal);
        var clashes = request.Fields.ReflectionPrompts
            .Select((prompt, index) => (prompt, index))
            .Where(item => !item.prompt.IsEmpty && otherSlugs.Contains(item.prompt.Slug.Trim()))
            .Select(item => new RuleMessage($"Fields.ReflectionPrompts[{item.index}].Slug", "Another module already has a reflection prompt with this slug."))
            .ToList();
        if (clashes.Count > 0)
        {
            throw new RuleViolation(clashes);
        }

        var text = ContentFiles.WriteModule(request.Fields.ToFile(module.Slug, module.Position));
        ContentFiles.ParseModule(text); // the same checks as an imported file: what is saved can always be published
        module.SaveDraft(text, currentUser.DisplayName ?? "An instructor", clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class PreviewModuleBodyHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown)
    : IRequestHandler<PreviewModuleBody, string>
{
    public async Task<string> Handle(PreviewModuleBody request, CancellationToken cancellationToken)
    {
        await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        return markdown.RenderCourseContent(request.Body ?? string.Empty).Html;
    }
}

internal sealed class CanAuthorCourseHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<CanAuthorCourse, bool>
{
    public async Task<bool> Handle(CanAuthorCourse request, CancellationToken cancellationToken)
    {
        var course = await data.Courses.AsNoTracking().Where(c => c.Slug == request.CourseSlug).Select(c => new { c.CreatedBy }).SingleOrDefaultAsync(cancellationToken);
        return course is not null && await mediator.AuthorsAsync(currentUser, course.CreatedBy, request.CourseSlug, cancellationToken);
    }
}

internal sealed class PublishModuleDraftHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock,
    ModuleReleaseCache releases)
    : IRequestHandler<PublishModuleDraft, int>
{
    public async Task<int> Handle(PublishModuleDraft request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken, withRevisions: true);
        var module = course.ModuleOf(request.ModuleSlug);
        if (module.DraftText is not { } text)
        {
            return module.PublishedRevisionNumber; // nothing to publish (a second click)
        }

        var file = ContentFiles.ParseModule(text);
        module.PublishRevision(ContentFiles.ContentOf(file, markdown), ContentFiles.Hash(text), "editor", clock.GetUtcNow(), module.Position,
            text, currentUser.DisplayName ?? "An instructor");
        module.DiscardDraft();
        course.RefreshOutline();
        await data.SaveChangesAsync(cancellationToken);
        releases.ForgetCourse(course.Slug);
        return module.PublishedRevisionNumber;
    }
}

internal sealed class DiscardModuleDraftHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<DiscardModuleDraft, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DiscardModuleDraft request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        course.ModuleOf(request.ModuleSlug).DiscardDraft();
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class GetModuleHistoryHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetModuleHistory, ModuleHistory>
{
    public async Task<ModuleHistory> Handle(GetModuleHistory request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var module = course.ModuleOf(request.ModuleSlug);
        var revisions = await data.ModuleRevisions.AsNoTracking()
            .Where(r => r.ModuleId == module.Id)
            .OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.CreatedAt, r.AuthorName, r.Title, r.FileText })
            .ToListAsync(cancellationToken);
        var to = request.To ?? revisions.FirstOrDefault()?.Number;
        var from = request.From ?? revisions.Where(r => r.Number < to).Select(r => (int?)r.Number).FirstOrDefault();
        var fromText = revisions.FirstOrDefault(r => r.Number == from)?.FileText;
        var toText = revisions.FirstOrDefault(r => r.Number == to)?.FileText;
        return new ModuleHistory(course.Slug, course.Title, module.Slug, revisions.FirstOrDefault()?.Title ?? module.Slug, module.PublishedRevisionNumber,
            revisions.Select(r => new RevisionLine(r.Number, r.CreatedAt, r.AuthorName, r.Title)).ToList(),
            fromText is not null && toText is not null ? new RevisionComparison(from!.Value, to!.Value, fromText, toText) : null);
    }
}

internal sealed class RestoreRevisionHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<RestoreRevision, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RestoreRevision request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var module = course.ModuleOf(request.ModuleSlug);
        var text = await data.ModuleRevisions.AsNoTracking()
            .Where(r => r.ModuleId == module.Id && r.Number == request.Number)
            .Select(r => r.FileText).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No revision {request.Number} of {request.ModuleSlug}.");
        module.SaveDraft(text, currentUser.DisplayName ?? "An instructor", clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
