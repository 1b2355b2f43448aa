using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Data;

/// <summary>
/// The module's hottest reads, compiled once for the app (<see cref="EF.CompileAsyncQuery{TContext,TParam1,TParam2,TParam3,TResult}(System.Linq.Expressions.Expression{Func{TContext,TParam1,TParam2,TParam3,IQueryable{TResult}}})"/>)
/// so that a call skips EF's lookup of the translated query. A compiled query serves only the model it first ran with, so
/// this is a singleton of the app, not a static: one process may host apps on several providers (the test run does).
/// </summary>
internal sealed class CohortsQueries
{
    /// <summary>Every cohort page asks for the reader's enrolment (FindCohort): the app's most frequent read.</summary>
    public Func<DbContext, string, string?, string?, IAsyncEnumerable<Enrolment>> EnrolmentsOf { get; } =
        EF.CompileAsyncQuery((DbContext context, string userId, string? courseSlug, string? cohortSlug) =>
            from member in context.Set<CohortMember>()
            where member.UserId == userId
            join cohort in context.Set<Cohort>() on member.CohortId equals cohort.Id
            where (courseSlug == null || cohort.CourseSlug == courseSlug) && (cohortSlug == null || cohort.Slug == cohortSlug)
            orderby cohort.StartsOn descending, cohort.Name
            select new Enrolment(cohort.Slug, cohort.Name, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone, member.Role,
                context.Set<LiveSession>().Any(session => session.CohortId == cohort.Id)));
}
