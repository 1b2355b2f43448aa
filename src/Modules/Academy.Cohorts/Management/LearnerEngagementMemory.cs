using Academy.Cohorts.People;
using Academy.Cohorts.Sessions;
using Academy.Contracts.Teaching;
using Academy.Shared.Cluster;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Cohorts.Management;

/// <summary>
/// What the dashboard would otherwise work out over every learner of a cohort on each visit, kept in memory for
/// <see cref="EngagementFigures.KeptFor"/>: each learner's latest activity (from the other modules' figures, which they keep
/// as long), who missed the last two live sessions, and each session's attendance. A visit then takes its page of quiet
/// learners from a sorted list, whatever the cohort's size. Everything goes when a session is scheduled, edited or cancelled
/// or its attendance is taken (the sessions' cluster event), and when someone joins or leaves a cohort or is renamed (the
/// directory's), on every instance, and when such events may have been lost: those writes are rare beside the visits.
/// </summary>
internal sealed class LearnerEngagementMemory(IMemoryCache cache, IClusterEvents cluster)
    : ClusterForgottenMemory(cache, cluster, EngagementFigures.KeptFor, SessionSchedules.SessionsChanged, DirectoryMemory.PeopleChanged)
{
    public LearnerEngagement? Of(Guid cohortId) => Find<LearnerEngagement>(Key(cohortId));

    public void Keep(Guid cohortId, LearnerEngagement engagement, CancellationToken generationRead) => Keep(Key(cohortId), engagement, generationRead);

    private static (string, Guid) Key(Guid cohortId) => (nameof(LearnerEngagementMemory), cohortId);
}

/// <summary>A learner and a moment: when they were last active, or when the earlier of the two sessions they missed began.</summary>
internal sealed record LearnerMoment(string UserId, string DisplayName, DateTimeOffset At);

/// <summary>
/// A cohort's learners as the dashboard's queue reads them, each list in the queue's order (moment, then id): every learner by
/// their latest activity (or when they joined), and those who missed the last two live sessions they were marked at; and the
/// sessions' attendance, latest first.
/// </summary>
internal sealed class LearnerEngagement(IReadOnlyList<LearnerMoment> byLastActivity, IReadOnlyList<LearnerMoment> missedTwoSessions,
    IReadOnlyList<SessionAttendanceLine> attendance)
{
    private static readonly Comparison<LearnerMoment> QueueOrder = (a, b) =>
        a.At != b.At ? a.At.CompareTo(b.At) : string.CompareOrdinal(a.UserId, b.UserId);

    public static LearnerEngagement Of(IEnumerable<LearnerMoment> lastActivity, IEnumerable<LearnerMoment> missedTwoSessions,
        IReadOnlyList<SessionAttendanceLine> attendance)
    {
        var byLastActivity = lastActivity.ToList();
        byLastActivity.Sort(QueueOrder);
        var missed = missedTwoSessions.ToList();
        missed.Sort(QueueOrder);
        return new LearnerEngagement(byLastActivity, missed, attendance);
    }

    public IReadOnlyList<SessionAttendanceLine> Attendance => attendance;

    /// <summary>How many learners have been inactive since <paramref name="activeBy"/> or earlier.</summary>
    public int QuietCount(DateTimeOffset activeBy) => CountWhile(byLastActivity, moment => moment.At <= activeBy);

    public int MissedCount => missedTwoSessions.Count;

    /// <summary>The quiet learners a page after <paramref name="after"/> may show: in order, a page and one more.</summary>
    public IEnumerable<LearnerMoment> QuietAfter(AttentionPosition? after, DateTimeOffset activeBy) =>
        PartAfter(byLastActivity, QuietCount(activeBy), AttentionSource.QuietLearner, after);

    /// <summary>The learners who missed two sessions that a page after <paramref name="after"/> may show: in order, a page and one more.</summary>
    public IEnumerable<LearnerMoment> MissedAfter(AttentionPosition? after) =>
        PartAfter(missedTwoSessions, missedTwoSessions.Count, AttentionSource.MissedSessions, after);

    private static IEnumerable<LearnerMoment> PartAfter(IReadOnlyList<LearnerMoment> sorted, int count, AttentionSource source, AttentionPosition? after)
    {
        var start = after is null ? 0 : CountWhile(sorted, moment => !after.Precedes(moment.At, source, moment.UserId), count);
        for (var index = start; index < count && index < start + AttentionPosition.PageSize + 1; index++)
        {
            yield return sorted[index];
        }
    }

    /// <summary>How many of the first <paramref name="count"/> (all by default) hold <paramref name="holds"/>, which holds for a prefix of the list: by halves.</summary>
    private static int CountWhile(IReadOnlyList<LearnerMoment> sorted, Func<LearnerMoment, bool> holds, int? count = null)
    {
        var (low, high) = (0, count ?? sorted.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (holds(sorted[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
