using System.Globalization;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Courses.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Learning.Schedule;

internal sealed class ChangeAssignmentDeadlineValidator : AbstractValidator<ChangeAssignmentDeadline>
{
    public ChangeAssignmentDeadlineValidator(IStringLocalizer<CoursesText> t) => RuleFor(request => request.CutOffOn)
        .Must((request, cutOffOn) => cutOffOn is null || cutOffOn >= request.DueOn)
        .WithMessage(_ => t["The cut-off cannot be before the due date."]);
}

internal sealed class ChangeAssignmentDeadlineHandler(ICoursesData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<CoursesText> t,
    ModuleReleaseCache releases)
    : IRequestHandler<ChangeAssignmentDeadline, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeAssignmentDeadline request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);

        var assignment = (await mediator.Send(new GetReflectionAssignments(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn, cohort.TimeZone), cancellationToken))
            .SingleOrDefault(a => a.Slug == request.AssignmentSlug)
            ?? throw new NotFoundException($"No assignment {request.AssignmentSlug} in {request.CohortSlug}.");
        if (request.DueOn < assignment.OpensOn)
        {
            throw new RuleViolation(t["The due date cannot be before the module opens on {0}.", assignment.OpensOn.ToString(t["d MMMM yyyy"], CultureInfo.CurrentCulture)], nameof(request.DueOn));
        }

        var own = await data.AssignmentDeadlines
            .SingleOrDefaultAsync(d => d.CohortSlug == cohort.CohortSlug && d.AssignmentSlug == assignment.Slug, cancellationToken);
        var isDefault = request.DueOn == ReleaseSchedule.ReflectionsDueOn(assignment.OpensOn) && request.CutOffOn is null;
        if (own is null && !isDefault)
        {
            data.AssignmentDeadlines.Add(new AssignmentDeadline(cohort.CohortSlug, assignment.Slug, request.DueOn, request.CutOffOn));
        }
        else if (own is not null && isDefault)
        {
            data.AssignmentDeadlines.Remove(own);
        }
        else
        {
            own?.Change(request.DueOn, request.CutOffOn);
        }

        await data.SaveChangesAsync(cancellationToken);
        releases.ForgetCohort(cohort.CourseSlug, cohort.CohortSlug, cohort.StartsOn);
        return MediatR.Unit.Value;
    }
}
