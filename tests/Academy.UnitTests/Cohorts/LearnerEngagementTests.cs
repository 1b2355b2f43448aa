using Academy.Cohorts.Management;
using Academy.Contracts.Teaching;

namespace Academy.UnitTests.Cohorts;

public sealed class LearnerEngagementTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Quiet_learners_are_those_inactive_since_the_moment_given_oldest_first_and_ties_by_id()
    {
        var engagement = LearnerEngagement.Of(
        [
            new("b", "Bea", Now.AddDays(-9)),
            new("c", "Cai", Now.AddDays(-1)),
            new("a", "Ann", Now.AddDays(-9)),
            new("d", "Dev", Now.AddDays(-7)),
        ], [], []);
        var activeBy = Now.AddDays(-7);

        Assert.Equal(3, engagement.QuietCount(activeBy));
        Assert.Equal(["a", "b", "d"], engagement.QuietAfter(after: null, activeBy).Select(learner => learner.UserId));
        Assert.Equal(["b", "d"], engagement.QuietAfter(new AttentionPosition(Now.AddDays(-9), AttentionSource.QuietLearner, "a"), activeBy).Select(l => l.UserId));

        // A position of an earlier kind at the same moment takes all of that moment; of a later kind, none of it.
        Assert.Equal(["a", "b", "d"], engagement.QuietAfter(new AttentionPosition(Now.AddDays(-9), AttentionSource.FlaggedPost, "x"), activeBy).Select(l => l.UserId));
        Assert.Equal(["d"], engagement.QuietAfter(new AttentionPosition(Now.AddDays(-9), AttentionSource.MissedSessions, ""), activeBy).Select(l => l.UserId));
    }

    [Fact]
    public void Paging_a_large_cohort_by_its_last_item_visits_every_quiet_learner_once_in_the_queues_order()
    {
        var learners = Enumerable.Range(0, 2000)
            .Select(number => new LearnerMoment($"user-{number * 7919 % 2000:D4}", $"Learner {number}", Now.AddDays(-(number % 30)).AddMinutes(-(number % 3))))
            .ToList();
        var engagement = LearnerEngagement.Of(learners, [], []);
        var activeBy = Now.AddDays(-7);
        var expected = learners.Where(learner => learner.At <= activeBy)
            .OrderBy(learner => learner.At).ThenBy(learner => learner.UserId, StringComparer.Ordinal)
            .Select(learner => learner.UserId)
            .ToList();

        var seen = new List<string>();
        AttentionPosition? after = null;
        while (true)
        {
            var part = engagement.QuietAfter(after, activeBy).ToList();
            Assert.InRange(part.Count, 0, AttentionPosition.PageSize + 1);
            var page = part.Take(AttentionPosition.PageSize).ToList();
            seen.AddRange(page.Select(learner => learner.UserId));
            if (part.Count <= AttentionPosition.PageSize)
            {
                break;
            }

            after = new AttentionPosition(page[^1].At, AttentionSource.QuietLearner, page[^1].UserId);
        }

        Assert.Equal(expected.Count, engagement.QuietCount(activeBy));
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Learners_who_missed_two_sessions_page_by_when_the_first_missed_session_began()
    {
        var engagement = LearnerEngagement.Of([], [new("y", "Yan", Now.AddDays(-3)), new("x", "Xia", Now.AddDays(-10))], []);

        Assert.Equal(2, engagement.MissedCount);
        Assert.Equal(["x", "y"], engagement.MissedAfter(after: null).Select(learner => learner.UserId));
        Assert.Equal(["y"], engagement.MissedAfter(new AttentionPosition(Now.AddDays(-10), AttentionSource.MissedSessions, "x")).Select(l => l.UserId));
    }
}
