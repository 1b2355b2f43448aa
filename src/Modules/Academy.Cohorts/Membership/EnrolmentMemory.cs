using Academy.Cohorts.Data;
using Academy.Cohorts.People;
using Academy.Cohorts.Sessions;
using Academy.Contracts.Cohorts;
using Academy.Shared.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Cohorts.Membership;

/// <summary>
/// Each reader's enrolments, kept in memory: every cohort page asks for the reader's place in the cohort
/// (<see cref="FindCohort"/>, <see cref="Contracts.Courses.GetCourseAccess"/>), and it changes only when someone joins or
/// leaves a cohort or a cohort's first session is scheduled. Each of those writes sends a cluster event after it is saved
/// (<see cref="DirectoryMemory.PeopleChanged"/>, <see cref="SessionSchedules.SessionsChanged"/>), which empties this
/// memory here at once and on the other instances as the event arrives; when events may have been lost, and after
/// <see cref="Lifetime"/> in any case, everything goes. A place taken away therefore ends on every instance with the
/// event, or within the lifetime while the instances cannot reach each other.
/// </summary>
internal sealed class EnrolmentMemory(IMemoryCache cache, IClusterEvents cluster)
    : ClusterForgottenMemory(cache, cluster, Lifetime, DirectoryMemory.PeopleChanged, SessionSchedules.SessionsChanged)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The user's enrolments, newest cohort first (<see cref="EnrolmentQueries.EnrolmentsOf"/>), read when they are not kept.</summary>
    public async Task<IReadOnlyList<Enrolment>> OfAsync(ICohortsData data, string userId, CancellationToken cancellationToken)
    {
        var key = (nameof(EnrolmentMemory), userId);
        if (Find<IReadOnlyList<Enrolment>>(key) is { } kept)
        {
            return kept;
        }

        var generation = Generation;
        // Read-only, as every request of this user is given the same list.
        var enrolments = (await data.EnrolmentsOf(userId).ToListAsync(cancellationToken)).AsReadOnly();
        Keep(key, enrolments, generation);
        return enrolments;
    }
}
