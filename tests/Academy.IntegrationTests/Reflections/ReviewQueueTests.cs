using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Domain;
using Academy.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// The instructor's review queue by 50, oldest first, each page after the last one's time and id: a cohort of 2,000 costs a
/// page what a cohort of 10 does, the counts come from the database, and following "Next" visits everything once, in order.
/// </summary>
public abstract class ReviewQueueTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task The_queue_of_2000_submissions_pages_by_fifty_in_order_with_as_many_commands_as_a_queue_of_ten()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Busy Instructor");
        var small = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (instructorId, CohortRole.Instructor));
        var large = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (instructorId, CohortRole.Instructor));
        await SubmittedReflectionsAsync(small, 10);
        await SubmittedReflectionsAsync(large, 2000);

        // The course's outline (CourseOutlines) and each cohort's own dates (CohortOwnDatesMemory) are kept from here on, as on
        // every visit but the first after a change to them.
        await instructor.GetAsync($"/cohorts/{small}/reflections/review");
        await instructor.GetAsync($"/cohorts/{large}/reflections/review");
        var smallQueue = await instructor.GetAsync($"/cohorts/{small}/reflections/review");
        Assert.Equal(10, smallQueue.Document.QuerySelectorAll(".review-queue li").Length);
        Assert.Single(smallQueue.Document.QuerySelectorAll(".extension-requests li"));
        Assert.Empty(smallQueue.Document.QuerySelectorAll("a[rel=next]"));
        Assert.Equal("Submitted (10 waiting)", smallQueue.Text("#submitted-heading"));
        Assert.InRange(smallQueue.DbCommands, 1, 4);

        // Every waiting reflection once, oldest first and, among those submitted at the same moment, by id.
        var expected = await app.WithDbAsync(async db => (await db.Reflections
                .Where(r => r.CohortSlug == large && r.Status == ReflectionStatus.Submitted)
                .Select(r => new { r.Id, r.SubmittedAt })
                .ToListAsync())
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id.ToString(), StringComparer.Ordinal)
            .Select(r => r.Id.ToString())
            .ToList());
        var seen = new List<string>();
        var page = await instructor.GetAsync($"/cohorts/{large}/reflections/review");
        Assert.Equal("Submitted (2000 waiting)", page.Text("#submitted-heading"));
        Assert.Equal("Asking for more time (100)", page.Text("#extensions-heading"));
        var firstRequests = page.Document.QuerySelectorAll(".extension-requests li").Select(li => li.TextContent).ToList();
        while (true)
        {
            Assert.Equal(smallQueue.DbCommands, page.DbCommands);
            var rows = page.Document.QuerySelectorAll(".review-queue li a.thread-title").Select(link => link.GetAttribute("href")!.Split('/')[^1]).ToList();
            Assert.InRange(rows.Count, 1, 50);
            Assert.InRange(page.Document.QuerySelectorAll(".extension-requests li").Length, 1, 50);
            seen.AddRange(rows);
            var next = page.Document.QuerySelector(".review-queue + nav.pager-next a[rel=next]");
            if (next is null)
            {
                break;
            }

            Assert.NotNull(next.Closest("nav[aria-label]"));
            page = await instructor.GetAsync(next.GetAttribute("href")!);
            // Paging the reflections keeps the requests where they were.
            Assert.Equal(firstRequests, page.Document.QuerySelectorAll(".extension-requests li").Select(li => li.TextContent).ToList());
        }

        Assert.Equal(expected, seen);

        // The requests for more time page on their own, and their link keeps the reflections' place.
        var asking = new List<string>();
        var requests = await instructor.GetAsync(page.Url);
        Assert.Equal(seen.TakeLast(50), requests.Document.QuerySelectorAll(".review-queue li a.thread-title").Select(link => link.GetAttribute("href")!.Split('/')[^1]));
        while (true)
        {
            Assert.Equal(smallQueue.DbCommands, requests.DbCommands);
            asking.AddRange(requests.Document.QuerySelectorAll(".extension-requests li .thread-title").Select(title => title.TextContent));
            var next = requests.Document.QuerySelector(".extension-requests + nav.pager-next a[rel=next]")?.GetAttribute("href");
            if (next is null)
            {
                break;
            }

            Assert.Contains("after=", next);
            requests = await instructor.GetAsync(next);
        }

        Assert.Equal(100, asking.Count);
        Assert.Equal(100, asking.Distinct().Count());
    }

    /// <summary>
    /// Submitted reflections of <paramref name="count"/> learners, three at each moment (so that pages break among equal times),
    /// every twentieth learner also asking for more time on the other assignment; one save.
    /// </summary>
    private Task SubmittedReflectionsAsync(string cohort, int count) => app.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var reflection = new Reflection(cohort, "my-reasons", $"learner-{cohort}-{i}", $"Learner {i:0000}");
            reflection.Submit($"Reflection {i}.", $"<p>Reflection {i}.</p>", new Deadline(Arrange.Today.AddDays(-7), null), now.AddMinutes(-(i / 3)), ZonedTime.DefaultZone);
            db.Reflections.Add(reflection);
            if (i % 20 == 0)
            {
                var asking = new Reflection(cohort, "walking-the-talk", $"learner-{cohort}-{i}", $"Learner {i:0000}");
                asking.RequestExtension(Arrange.Today.AddDays(3), "Travel.", now.AddMinutes(-(i / 40)));
                db.Reflections.Add(asking);
            }
        }

        return await db.SaveChangesAsync();
    });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReviewQueueTests(SqliteApp app) : ReviewQueueTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewQueueTests(PostgresApp app) : ReviewQueueTests<PostgresApp>(app);
