using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using MediatR;

namespace Academy.Shared.Security;

/// <summary>The teaching checks every module makes before an instructor reads or changes what belongs to a cohort.</summary>
public static class CohortAccess
{
    /// <summary>The cohort, if the caller teaches it (admins count as its instructors); otherwise not found.</summary>
    public static async Task<Enrolment> TaughtCohortAsync(this IMediator mediator, ICurrentUser currentUser, string cohortSlug, CancellationToken cancellationToken) =>
        await mediator.Send(new FindCohort(cohortSlug), cancellationToken) is { Role: CohortRole.Instructor } cohort
            ? cohort
            : throw new NotFoundException($"{currentUser.UserId} does not teach {cohortSlug}.");

    /// <summary>Admins, and whoever teaches at least one cohort.</summary>
    public static async Task<bool> TeachesAnyCohortAsync(this IMediator mediator, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        currentUser.IsInRole(Roles.Admin) ||
        (await mediator.Send(new GetMyEnrolments(), cancellationToken)).Any(enrolment => enrolment.Role == CohortRole.Instructor);
}
