using Academy.Courses.Data;
using Academy.Courses.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Authoring;

/// <summary>Saves the editor's fields as the draft and publishes it by itself at the given time (UTC); null cancels.</summary>
public sealed record ScheduleModulePublication(string CourseSlug, string ModuleSlug, DateTimeOffset? At) : IRequest;

internal sealed class ScheduleModulePublicationHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock,
    IStringLocalizer<CoursesText> t)
    : IRequestHandler<ScheduleModulePublication, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ScheduleModulePublication request, CancellationToken cancellationToken)
    {
        var course = await data.AuthoredCourseAsync(mediator, currentUser, request.CourseSlug, cancellationToken);
        var module = course.ModuleOf(request.ModuleSlug);
        if (request.At is { } at && at <= clock.GetUtcNow())
        {
            throw new RuleViolation(t["Choose a time in the future, or publish now."], nameof(ScheduleModulePublication.At));
        }

        module.SchedulePublication(request.At);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
