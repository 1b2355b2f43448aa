using Academy.Cohorts.Membership;
using Academy.Contracts.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Data;

/// <summary>
/// The module's hottest reads, compiled once for the app so that a call skips EF's lookup of the translated query; each
/// query is written beside the use cases that run it. A compiled query serves only the model it first ran with, so this
/// is a singleton of the app, not a static: one process may host apps on several providers (the test run does).
/// </summary>
internal sealed class CohortsQueries
{
    public Func<DbContext, string, string?, string?, IAsyncEnumerable<Enrolment>> EnrolmentsOf { get; } =
        EF.CompileAsyncQuery(EnrolmentQueries.EnrolmentsOf);
}
