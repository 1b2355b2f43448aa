using Academy.Courses.Data;
using Academy.Courses.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Authoring;

/// <summary>Puts an old revision back in the editor as the draft; publishing it makes it a new revision.</summary>
public sealed record RestoreRevision(string CourseSlug, string ModuleSlug, int Number) : IRequest;

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
        module.SaveDraft(text, currentUser.DisplayName ?? AuthorNames.Unnamed, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
