using Academy.Courses.Data;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Courses.Authoring;

public sealed record DiscardModuleDraft(string CourseSlug, string ModuleSlug) : IRequest;

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
