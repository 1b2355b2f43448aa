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
/// reading its members, so that what instructors open costs the same for a cohort of ten and of thousands. The learners
/// are counted only when their number is not kept (<see cref="People.DirectoryMemory.LearnersIn"/>, forgotten when someone
/// joins or leaves), since counting reads every learner. The viewer's place in it is kept for the request, so the other
/// modules' checks of it (<see cref="Academy.Contracts.Cohorts.FindCohort"/>) read nothing more.
/// </summary>
internal sealed record TaughtCohort(Guid CohortId, string CohortSlug, string CohortName, string CourseSlug, DateOnly StartsOn, string TimeZone, int LearnerCount)
{
    /// <summary>
    /// The cohort with its learners counted when <c>countLearners</c> (else 0), the viewer's role in it and whether it has
    /// live sessions: compiled once for the app (<see cref="Data.CohortsQueries"/>), since every page and form instructors
    /// open reads it first.
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string, bool, IQueryable<Found>>> Query =
        (context, cohortSlug, viewerId, countLearners) => context.Set<Cohort>()
            .Where(c => c.Slug == cohortSlug)
            .Select(c => new Found(
                new TaughtCohort(c.Id, c.Slug, c.Name, c.CourseSlug, c.StartsOn, c.TimeZone,
                    countLearners ? context.Set<CohortMember>().Count(m => m.CohortId == c.Id && m.Role == CohortRole.Learner) : 0),
                context.Set<CohortMember>().Where(m => m.CohortId == c.Id && m.UserId == viewerId).Select(m => (CohortRole?)m.Role).FirstOrDefault(),
                context.Set<LiveSession>().Any(s => s.CohortId == c.Id)));

    public static async Task<TaughtCohort> LoadAsync(ICohortsData data, ICurrentUser viewer, Membership.EnrolmentsOfThisRequest known,
        People.DirectoryMemory memory, string cohortSlug, CancellationToken cancellationToken)
    {
        var viewerId = viewer.UserId;
        var generation = memory.Generation;
        var keptLearners = memory.LearnersIn(cohortSlug);
        var cohort = await data.TaughtCohort(cohortSlug, viewerId, countLearners: keptLearners is null).SingleOrDefaultAsync(cancellationToken);
        if (cohort is null || (cohort.ViewerRole != CohortRole.Instructor && !viewer.IsInRole(Roles.Admin)))
        {
            throw new NotFoundException($"{viewerId} does not teach {cohortSlug}.");
        }

        if (keptLearners is null)
        {
            memory.KeepLearners(cohortSlug, cohort.Taught.LearnerCount, generation);
        }

        var taught = keptLearners is { } learners ? cohort.Taught with { LearnerCount = learners } : cohort.Taught;
        known.Remember(viewerId, new Enrolment(taught.CohortSlug, taught.CohortName, taught.CourseSlug, taught.StartsOn, taught.TimeZone,
            CohortRole.Instructor, cohort.HasLiveSessions));
        return taught;
    }

    /// <summary>What <see cref="Query"/> reads: the cohort, the viewer's role in it, and whether it has live sessions.</summary>
    internal sealed record Found(TaughtCohort Taught, CohortRole? ViewerRole, bool HasLiveSessions);
}
