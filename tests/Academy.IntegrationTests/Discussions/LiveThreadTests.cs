using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Discussions;

/// <summary>One instance without a backplane (the default): an open thread page's event stream gets what it missed, then each new reply.</summary>
public abstract class LiveThreadTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    private static readonly TimeSpan Generously = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_open_thread_page_receives_the_posts_it_missed_and_then_each_new_reply_as_it_is_written()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Live on one instance", "Opening post.");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        await ReplyAsync(cohort.First, threadUrl, "Written before the page opened.");
        await using var stream = LiveThreadStream.Open(cohort.Second, threadUrl, after: 1);

        var missed = await stream.NextWithAsync("Written before the page opened.", Generously);
        Assert.Equal(HttpStatusCode.Redirect, (await ReplyAsync(cohort.First, threadUrl, "Written while it is open.")).Status);
        var live = await stream.NextWithAsync("Written while it is open.", Generously);

        Assert.Equal((2, 3), (missed.Sequence, live.Sequence));
        Assert.Equal(1, stream.Connections);
    }

    [Fact]
    public async Task A_page_that_missed_more_than_one_batch_receives_every_post_in_order_over_several_connections()
    {
        // Sixty replies by six learners (each may post ten a minute), more than a page receives in one batch.
        var (reader, readerId) = await App.NewLearnerAsync("Mikko Example");
        var writers = new List<(AcademyClient Client, string UserId)>();
        for (var i = 0; i < 6; i++)
        {
            writers.Add(await App.NewLearnerAsync($"Writer {i} Example"));
        }

        var slug = await App.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(readerId, CohortRole.Learner), .. writers.Select(writer => (writer.UserId, CohortRole.Learner))]);
        var number = await StartThreadAsync(reader, slug, "A busy thread", "Opening post.");
        var threadUrl = $"/cohorts/{slug}/discussions/{number}";
        for (var reply = 1; reply <= 60; reply++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ReplyAsync(writers[(reply - 1) / 10].Client, threadUrl, $"Busy reply {reply}.")).Status);
        }

        await using var stream = LiveThreadStream.Open(reader, threadUrl, after: 0);
        await stream.NextWithAsync("Busy reply 60.", Generously);

        Assert.Equal(Enumerable.Range(1, 61), stream.Received.Select(post => post.Sequence));
        Assert.True(stream.Connections >= 2, "Sixty-one missed posts should arrive in more than one batch.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteLiveThreadTests(SqliteApp app) : LiveThreadTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLiveThreadTests(PostgresApp app) : LiveThreadTests<PostgresApp>(app);
