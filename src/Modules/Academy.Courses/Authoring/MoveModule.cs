using Academy.Courses.Data;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Courses.Authoring;

/// <summary>Moves a module one place up or down in the course.</summary>
public sealed record MoveModule(string CourseSlug, string ModuleSlug, bool Up) : IRequest;

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
