using Academy.Courses.Data;
using Academy.Courses.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Authoring;

/// <summary>Deletes a module that was never published; a published one is hidden instead, so learners' progress keeps its place.</summary>
public sealed record DeleteModule(string CourseSlug, string ModuleSlug) : IRequest;

internal sealed class DeleteModuleHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<CoursesText> t) : IRequestHandler<DeleteModule, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeleteModule request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var module = course.ModuleOf(request.ModuleSlug);
        if (module.PublishedRevisionNumber > 0)
        {
            throw new RuleViolation(t["A published module cannot be deleted: learners' progress and discussions refer to it. Hide it instead."]);
        }

        data.CourseModules.Remove(module);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
