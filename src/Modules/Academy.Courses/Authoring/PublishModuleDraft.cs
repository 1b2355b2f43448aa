using Academy.Courses.Content;
using Academy.Courses.Data;
using Academy.Courses.Resources;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Courses.Authoring;

/// <summary>Publishes the draft as the module's next revision.</summary>
public sealed record PublishModuleDraft(string CourseSlug, string ModuleSlug) : IRequest<int>;

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
            text, currentUser.DisplayName ?? AuthorNames.Unnamed);
        module.DiscardDraft();
        course.RefreshOutline();
        await data.SaveChangesAsync(cancellationToken);
        releases.ForgetCourse(course.Slug);
        return module.PublishedRevisionNumber;
    }
}
