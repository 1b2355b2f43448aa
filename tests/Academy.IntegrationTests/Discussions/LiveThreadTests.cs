using System.Net;
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
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteLiveThreadTests(SqliteApp app) : LiveThreadTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLiveThreadTests(PostgresApp app) : LiveThreadTests<PostgresApp>(app);
