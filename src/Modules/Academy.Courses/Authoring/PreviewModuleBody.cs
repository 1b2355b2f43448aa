using Academy.Courses.Data;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Courses.Authoring;

/// <summary>The body as learners will see it, through the course-content pipeline.</summary>
public sealed record PreviewModuleBody(string CourseSlug, string Body) : IRequest<string>;

internal sealed class PreviewModuleBodyHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown)
    : IRequestHandler<PreviewModuleBody, string>
{
    public async Task<string> Handle(PreviewModuleBody request, CancellationToken cancellationToken)
    {
        await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        return markdown.RenderCourseContent(request.Body ?? string.Empty).Html;
    }
}
