using Academy.Contracts.Cohorts;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Progress;

/// <summary>A learner marks a released module as complete (<see cref="Completed"/> true) or undoes that (false).</summary>
public sealed record MarkModuleComplete(string CourseSlug, string ModuleSlug, string CohortSlug, bool Completed) : IRequest;

internal sealed class MarkModuleCompleteValidator : AbstractValidator<MarkModuleComplete>
{
    public MarkModuleCompleteValidator()
    {
        RuleFor(request => request.CourseSlug).NotEmpty();
        RuleFor(request => request.ModuleSlug).NotEmpty();
        RuleFor(request => request.CohortSlug).NotEmpty();
    }
}

internal sealed class MarkModuleCompleteHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<MarkModuleComplete, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(MarkModuleComplete request, CancellationToken cancellationToken)
    {
        var notFound = new NotFoundException($"Module {request.CourseSlug}/{request.ModuleSlug} is not open to this learner in {request.CohortSlug}.");
        var access = await mediator.Send(new GetCourseAccess(request.CourseSlug), cancellationToken);
        var enrolment = access.Enrolments.SingleOrDefault(e => e.CohortSlug == request.CohortSlug && e.Role == CohortRole.Learner)
            ?? throw notFound;

        var module = await (
                from course in data.Courses
                where course.Slug == request.CourseSlug
                join m in data.CourseModules on course.Id equals m.CourseId
                where m.Slug == request.ModuleSlug && !m.IsHidden && m.PublishedRevisionNumber > 0
                select new
                {
                    m.Id,
                    course.Outline,
                    OwnReleaseOn = data.ModuleReleases.Where(r => r.CohortSlug == request.CohortSlug && r.ModuleId == m.Id)
                        .Select(r => (DateOnly?)r.ReleasesOn).FirstOrDefault(),
                })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken) ?? throw notFound;

        var now = clock.GetUtcNow();
        var index = module.Outline.FindIndex(entry => entry.ModuleId == module.Id);
        if (index < 0 || !ReleaseSchedule.IsReleased(ReleaseSchedule.ReleaseOn(enrolment.StartsOn, index, module.OwnReleaseOn), now, enrolment.TimeZone))
        {
            throw notFound;
        }

        var userId = currentUser.UserId;
        var progress = await data.ModuleProgress.SingleOrDefaultAsync(
            p => p.UserId == userId && p.CohortSlug == request.CohortSlug && p.ModuleId == module.Id, cancellationToken);
        if (progress is null)
        {
            progress = new ModuleProgress(request.CohortSlug, userId, module.Id, now);
            data.ModuleProgress.Add(progress);
        }

        if (request.Completed)
        {
            progress.Complete(now);
        }
        else
        {
            progress.Reopen();
        }

        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
