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
/// (<see cref="FindCohort"/>, <see cref="Contracts.Courses.GetCourseAccess"/>, the live sessions' cohort), and it changes
/// only when someone joins or leaves a cohort or a cohort's first session is scheduled. Each of those writes sends a
/// cluster event after it is saved (<see cref="DirectoryMemory.PeopleChanged"/>, <see cref="SessionSchedules.SessionsChanged"/>),
/// which empties this memory here at once and on the other instances as the event arrives; when events may have been
/// lost, and after <see cref="Lifetime"/> in any case, everything goes. A place taken away therefore ends on every
/// instance with the event, or within the lifetime while the instances cannot reach each other.
/// </summary>
internal sealed class EnrolmentMemory(IMemoryCache cache, IClusterEvents cluster)
    : ClusterForgottenMemory(cache, cluster, Lifetime, DirectoryMemory.PeopleChanged, SessionSchedules.SessionsChanged)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The user's enrolments, newest cohort first (<see cref="EnrolmentQueries.EnrolmentsOf"/>), read when they are not kept.</summary>
    public Task<KeptEnrolments> OfAsync(ICohortsData data, string userId, CancellationToken cancellationToken) =>
        FindOrReadAsync((nameof(EnrolmentMemory), userId), (data, userId),
            static async (reader, cancellation) => new KeptEnrolments(await reader.data.EnrolmentsOf(reader.userId).ToListAsync(cancellation)),
            cancellationToken);
}

/// <summary>A user's enrolments as <see cref="EnrolmentMemory"/> keeps them; read-only, as every request of the user is given the same.</summary>
internal sealed class KeptEnrolments(IReadOnlyList<EnrolmentOfCohort> rows)
{
    public IReadOnlyList<Enrolment> All { get; } = rows.Select(row => row.Enrolment).ToList().AsReadOnly();

    /// <summary>The user's place in the cohort at this address, with the cohort's id; null when they are not in it.</summary>
    public EnrolmentOfCohort? In(string cohortSlug) => rows.FirstOrDefault(row => row.Enrolment.CohortSlug == cohortSlug);
}

/// <summary>An enrolment with its cohort's id, which the module's own queries go by.</summary>
internal sealed record EnrolmentOfCohort(Guid CohortId, Enrolment Enrolment);
