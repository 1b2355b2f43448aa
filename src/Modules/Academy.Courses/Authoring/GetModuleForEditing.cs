using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

/// <summary>The module editor: the draft if there is one, otherwise the published revision.</summary>
public sealed record GetModuleForEditing(string CourseSlug, string ModuleSlug) : IRequest<ModuleForEditing>;

/// <param name="CourseLanguage">The language of the course's content, which the module is written in.</param>
public sealed record ModuleForEditing(
    string CourseSlug, string CourseTitle, string CourseLanguage, string ModuleSlug, ModuleFields Fields, int PublishedRevision,
    DateTimeOffset? DraftSavedAt, string? DraftAuthor, DateTimeOffset? PublishDraftAt);

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
        return new ModuleForEditing(course.Slug, course.Title, course.Language, module.Slug, fields, module.PublishedRevisionNumber, module.DraftSavedAt, module.DraftAuthorName,
            module.PublishDraftAt);
    }
}
