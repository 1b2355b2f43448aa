using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Management;

/// <summary>
/// A cohort its viewer teaches (admins count as its instructors), with how many learners it has: one command, without
/// reading its members, so that what instructors open costs the same for a cohort of ten and of thousands. The viewer's
/// place in it is kept for the request, so the other modules' checks of it (<see cref="Academy.Contracts.Cohorts.FindCohort"/>)
/// read nothing more.
/// </summary>
internal sealed record TaughtCohort(Guid CohortId, string CohortSlug, string CohortName, string CourseSlug, DateOnly StartsOn, string TimeZone, int LearnerCount)
{
    /// <summary>
    /// The cohort with its learners counted, the viewer's role in it and whether it has live sessions: compiled once for the
    /// app (<see cref="Data.CohortsQueries"/>), since every page and form instructors open reads it first.
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string, IQueryable<Found>>> Query =
        (context, cohortSlug, viewerId) => context.Set<Cohort>()
            .Where(c => c.Slug == cohortSlug)
            .Select(c => new Found(
                new TaughtCohort(c.Id, c.Slug, c.Name, c.CourseSlug, c.StartsOn, c.TimeZone,
                    context.Set<CohortMember>().Count(m => m.CohortId == c.Id && m.Role == CohortRole.Learner)),
                context.Set<CohortMember>().Where(m => m.CohortId == c.Id && m.UserId == viewerId).Select(m => (CohortRole?)m.Role).FirstOrDefault(),
                context.Set<LiveSession>().Any(s => s.CohortId == c.Id)));

    public static async Task<TaughtCohort> LoadAsync(ICohortsData data, ICurrentUser viewer, Membership.EnrolmentsOfThisRequest known, string cohortSlug,
        CancellationToken cancellationToken)
    {
        var viewerId = viewer.UserId;
        var cohort = await data.TaughtCohort(cohortSlug, viewerId).SingleOrDefaultAsync(cancellationToken);
        if (cohort is null || (cohort.ViewerRole != CohortRole.Instructor && !viewer.IsInRole(Roles.Admin)))
        {
            throw new NotFoundException($"{viewerId} does not teach {cohortSlug}.");
        }

        var taught = cohort.Taught;
        known.Remember(viewerId, new Enrolment(taught.CohortSlug, taught.CohortName, taught.CourseSlug, taught.StartsOn, taught.TimeZone,
            CohortRole.Instructor, cohort.HasLiveSessions));
        return taught;
    }

    /// <summary>What <see cref="Query"/> reads: the cohort, the viewer's role in it, and whether it has live sessions.</summary>
    internal sealed record Found(TaughtCohort Taught, CohortRole? ViewerRole, bool HasLiveSessions);
}
