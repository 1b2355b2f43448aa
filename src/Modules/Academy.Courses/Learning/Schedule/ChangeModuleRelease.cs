using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Learning.Schedule;

internal sealed class ChangeModuleReleaseHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, ModuleReleaseCache releases)
    : IRequestHandler<ChangeModuleRelease, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeModuleRelease request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);

        var outline = (await data.OutlineAsync(cohort.CourseSlug, cancellationToken))?.Outline ?? [];
        var index = outline.FindIndex(entry => entry.Slug == request.ModuleSlug);
        if (index < 0)
        {
            throw new NotFoundException($"No module {request.ModuleSlug} in the course of {request.CohortSlug}.");
        }

        var moduleId = outline[index].ModuleId;
        var own = await data.ModuleReleases.SingleOrDefaultAsync(r => r.CohortSlug == cohort.CohortSlug && r.ModuleId == moduleId, cancellationToken);
        var isDefault = request.ReleasesOn == ReleaseSchedule.DefaultReleaseOn(cohort.StartsOn, index);
        if (own is null && !isDefault)
        {
            data.ModuleReleases.Add(new ModuleRelease(cohort.CohortSlug, moduleId, request.ReleasesOn));
        }
        else if (own is not null && isDefault)
        {
            data.ModuleReleases.Remove(own);
        }
        else
        {
            own?.MoveTo(request.ReleasesOn);
        }

        await data.SaveChangesAsync(cancellationToken);
        releases.ForgetCohort(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn);
        return MediatR.Unit.Value;
    }
}
