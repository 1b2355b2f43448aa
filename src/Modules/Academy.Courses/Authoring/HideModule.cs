using Academy.Courses.Data;
using Academy.Courses.Learning.Schedule;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Courses.Authoring;

/// <summary>Hides a module from learners (its revisions and their progress stay) or shows it again.</summary>
public sealed record HideModule(string CourseSlug, string ModuleSlug, bool Hidden) : IRequest;

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
