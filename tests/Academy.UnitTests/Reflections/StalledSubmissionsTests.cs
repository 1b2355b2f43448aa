using Academy.Contracts.Courses;
using Academy.Contracts.Teaching;
using Academy.Reflections.Review;

namespace Academy.UnitTests.Reflections;

public sealed class StalledSubmissionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Fact]
    public void Only_the_assignments_the_course_has_now_are_counted_and_shown_oldest_first_and_ties_by_id()
    {
        var (first, second, third) = (Guid.Parse("00000000-0000-0000-0000-000000000001"), Guid.Parse("00000000-0000-0000-0000-000000000002"),
            Guid.Parse("00000000-0000-0000-0000-000000000003"));
        var stalled = new StalledSubmissions(Today,
        [
            new(third, "Cai", "my-radar", Now.AddDays(-2)),
            new(second, "Bea", "my-reasons", Now.AddDays(-3)),
            new(first, "Ann", "my-reasons", Now.AddDays(-3)),
            new(Guid.NewGuid(), "Dev", "a-removed-assignment", Now.AddDays(-9)),
        ]);
        var assignments = Assignments("my-reasons", "my-radar");

        Assert.Equal(3, stalled.CountOf(assignments));
        Assert.Equal([first, second, third], stalled.After(Start(null), assignments).Select(s => s.Id));
        Assert.Equal([second, third], stalled.After(Start(new AttentionPosition(Now.AddDays(-3), AttentionSource.PeerReviewStalled, first.ToString())), assignments)
            .Select(s => s.Id));

        // A position of an earlier kind at the same moment takes all of that moment; of a later kind, none of it.
        Assert.Equal([first, second, third], stalled.After(Start(new AttentionPosition(Now.AddDays(-3), AttentionSource.ExtensionRequest, "x")), assignments)
            .Select(s => s.Id));
        Assert.Equal([third], stalled.After(Start(new AttentionPosition(Now.AddDays(-3), AttentionSource.UnansweredThread, "7")), assignments).Select(s => s.Id));
    }

    [Fact]
    public void Paging_many_by_the_last_item_shown_visits_each_stalled_submission_once_in_the_queues_order()
    {
        var submissions = Enumerable.Range(0, 1500)
            .Select(number => new StalledSubmission(Guid.NewGuid(), $"Learner {number}", "my-reasons", Now.AddDays(-(number % 20)).AddMinutes(-(number % 3))))
            .ToList();
        var stalled = new StalledSubmissions(Today, submissions);
        var assignments = Assignments("my-reasons");

        var seen = new List<Guid>();
        AttentionPosition? after = null;
        while (true)
        {
            var part = stalled.After(Start(after), assignments).ToList();
            Assert.InRange(part.Count, 0, AttentionPosition.PageSize + 1);
            var page = part.Take(AttentionPosition.PageSize).ToList();
            seen.AddRange(page.Select(s => s.Id));
            if (part.Count <= AttentionPosition.PageSize)
            {
                break;
            }

            after = new AttentionPosition(page[^1].SubmittedAt, AttentionSource.PeerReviewStalled, page[^1].Id.ToString());
        }

        Assert.Equal(submissions.OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).Select(s => s.Id), seen);
    }

    private static AttentionStart<Guid> Start(AttentionPosition? after) => AttentionPosition.StartOf<Guid>(after, AttentionSource.PeerReviewStalled, Guid.TryParse);

    private static Dictionary<string, ReflectionAssignment> Assignments(params string[] slugs) =>
        slugs.ToDictionary(slug => slug, slug => new ReflectionAssignment(1, "module", "Module", slug, slug, "Why?", [], Today, Today, true, null, "en"));
}
