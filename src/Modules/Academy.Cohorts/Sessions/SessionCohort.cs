using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// A cohort as its live sessions need it, with the caller's place in it, read in one query. Its members see its
/// sessions; its instructors (and admins, who see every cohort as its instructors would) run them. Anyone else gets
/// not found, the same answer as a cohort that does not exist.
/// </summary>
internal sealed record SessionCohort(Guid Id, string Slug, string Name, string CourseSlug, DateOnly StartsOn, string TimeZone, CohortRole? Role, bool IsAdmin)
{
    public bool Teaches => IsAdmin || Role == CohortRole.Instructor;

    /// <summary>A learner of the cohort: the one who answers a session's invitation.</summary>
    public bool IsLearner => Role == CohortRole.Learner;

    public string SessionsPath => $"/cohorts/{Slug}/sessions";

    public string PathOf(int number) => $"/cohorts/{Slug}/sessions/{number}";
}

internal static class SessionCohorts
{
    /// <summary>
    /// A cohort with the caller's role in it. Every page and form of live sessions asks for it first, so it is compiled
    /// once for the app (<see cref="Data.CohortsQueries"/>).
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string, bool, IQueryable<SessionCohort>>> SessionCohortQuery =
        (context, cohortSlug, userId, isAdmin) => context.Set<Cohort>()
            .Where(c => c.Slug == cohortSlug)
            .Select(c => new SessionCohort(c.Id, c.Slug, c.Name, c.CourseSlug, c.StartsOn, c.TimeZone,
                c.Members.Where(m => m.UserId == userId).Select(m => (CohortRole?)m.Role).FirstOrDefault(), isAdmin));

    /// <summary>
    /// The cohort, if the caller is a member or an admin; otherwise not found. A member's place comes from their kept
    /// enrolments (<see cref="Membership.EnrolmentMemory"/>); only an admin outside the cohort has it read.
    /// </summary>
    public static async Task<SessionCohort> VisibleCohortAsync(this ICohortsData data, ICurrentUser currentUser, string cohortSlug,
        CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var isAdmin = currentUser.IsInRole(Roles.Admin);
        if ((await data.KeptEnrolmentsAsync(userId, cancellationToken)).In(cohortSlug) is { CohortId: var id, Enrolment: var place })
        {
            return new SessionCohort(id, place.CohortSlug, place.CohortName, place.CourseSlug, place.StartsOn, place.TimeZone, place.Role, isAdmin);
        }

        var notVisible = new NotFoundException($"The sessions of {cohortSlug} are not visible to {userId}.");
        return isAdmin
            ? await data.SessionCohort(cohortSlug, userId, isAdmin).SingleOrDefaultAsync(cancellationToken) ?? throw notVisible
            : throw notVisible;
    }

    /// <summary>The cohort, if the caller teaches it (or is an admin); otherwise not found.</summary>
    public static async Task<SessionCohort> TaughtCohortAsync(this ICohortsData data, ICurrentUser currentUser, string cohortSlug,
        CancellationToken cancellationToken)
    {
        var cohort = await data.VisibleCohortAsync(currentUser, cohortSlug, cancellationToken);
        return cohort.Teaches ? cohort : throw new NotFoundException($"{currentUser.UserId} does not teach {cohortSlug}.");
    }
}
