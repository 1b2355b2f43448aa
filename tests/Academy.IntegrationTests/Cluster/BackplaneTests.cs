using System.Net;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cluster;

/// <summary>
/// Two instances behind a (pretend) load balancer, one database and one Redis: what one instance does, the other
/// shows at once. Caches that would otherwise lag by their lifetime (30 s for unread counts, a minute for release
/// days) are asked again well within it.
/// </summary>
public abstract class BackplaneTests<TCluster>(TCluster cluster) where TCluster : AcademyCluster
{
    private static readonly TimeSpan Generously = TimeSpan.FromSeconds(20);

    /// <summary>Asks until <paramref name="check"/> holds, for a while far shorter than any cache's lifetime.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> ask, Func<T, bool> check)
    {
        var asking = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var answer = await ask();
            if (check(answer) || asking.Elapsed > TimeSpan.FromSeconds(10))
            {
                return answer;
            }

            await Task.Delay(100);
        }
    }

    private async Task<(string Slug, (AcademyClient OnA, AcademyClient OnB, string UserId) Writer, (AcademyClient OnA, AcademyClient OnB, string UserId) Reader)> CohortOfTwoAsync()
    {
        var writer = await cluster.NewLearnerAsync("Aino Example");
        var reader = await cluster.NewLearnerAsync("Mikko Example");
        var slug = await cluster.A.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(writer.UserId, CohortRole.Learner), (reader.UserId, CohortRole.Learner)]);
        return (slug, writer, reader);
    }

    private static async Task<string> StartThreadAsync(AcademyClient client, string cohort, string title, string body)
    {
        var started = await client.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = body });
        Assert.True(started.Status == HttpStatusCode.Redirect, started.Text("[role=alert], .field-error"));
        return started.RedirectedTo!.Split('?')[0];
    }

    [Fact]
    public async Task A_reply_posted_through_one_instance_reaches_the_event_stream_of_a_page_held_open_on_the_other()
    {
        var (slug, writer, reader) = await CohortOfTwoAsync();
        var threadUrl = await StartThreadAsync(writer.OnA, slug, "Across the balancer", "Opening post.");
        await using var stream = LiveThreadStream.Open(reader.OnB, threadUrl);
        await stream.NextWithAsync("Opening post.", Generously); // replayed from the database: the page is listening now

        var replied = await writer.OnA.SubmitAsync(threadUrl, "reply", new Dictionary<string, string> { ["Input.Body"] = "Written on A, read on B." });

        Assert.Equal(HttpStatusCode.Redirect, replied.Status);
        var live = await stream.NextWithAsync("Written on A, read on B.", Generously);
        Assert.Equal(2, live.Sequence);
        Assert.Equal("Aino Example", live.AuthorName);
        Assert.Equal(1, stream.Connections); // it came live, not by reconnecting
    }

    [Fact]
    public async Task A_message_written_through_one_instance_reaches_the_conversation_open_on_the_other_whose_reader_is_not_e_mailed_of_it()
    {
        var (slug, writer, reader) = await CohortOfTwoAsync();
        await cluster.A.SendAsAsync(writer.UserId, new Academy.Cohorts.Connections.AskToConnect(slug, reader.UserId, "We met on day one."));
        var requestId = await cluster.A.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == writer.UserId).Select(r => r.Id).SingleAsync());
        await cluster.A.SendAsAsync(reader.UserId, new Academy.Cohorts.Connections.AnswerRequestToConnect(requestId, Accept: true));
        var conversation = await cluster.A.SendAsAsync(writer.UserId, new Academy.Cohorts.Messages.StartConversation([reader.UserId], null, "Opening words."));
        var path = $"/messages/{conversation}";
        Task<int> EmailsToReaderAsync() => cluster.A.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.UserId == reader.UserId && m.Topic == "PrivateMessage"));
        Assert.Equal(1, await EmailsToReaderAsync());
        await using var stream = LiveConversationStream.Open(reader.OnB, path, after: 1);
        await stream.ConnectedAsync(Generously);

        var written = await writer.OnA.SubmitAsync(path, "message", new Dictionary<string, string> { ["Input.Body"] = "Written on A, read on B." });

        Assert.Equal(HttpStatusCode.Redirect, written.Status);
        var live = await stream.NextWithAsync("Written on A, read on B.", Generously);
        Assert.Equal((2, "Aino Example"), (live.Number, live.AuthorName));
        Assert.Equal(1, stream.Connections); // it came live, not by reconnecting
        Assert.Equal(1, await EmailsToReaderAsync()); // A knew the page was open on B: the feed is a row in the database, not B's memory
    }

    [Fact]
    public async Task An_unread_count_read_on_one_instance_is_right_as_soon_as_the_notifications_are_marked_read_on_the_other()
    {
        var (slug, writer, reader) = await CohortOfTwoAsync();
        var threadUrl = await StartThreadAsync(writer.OnA, slug, "Counting", "Who replies?");
        await reader.OnA.SubmitAsync(threadUrl, "reply", new Dictionary<string, string> { ["Input.Body"] = "I do." });
        Assert.Equal("{\"unread\":1}", await writer.OnB.Http.GetStringAsync("/notifications/unread-count")); // B keeps it now

        var notifications = await writer.OnA.GetAsync("/notifications");
        await writer.OnA.SubmitAsync(notifications, "mark-read", new Dictionary<string, string>());

        Assert.Equal("{\"unread\":0}", await EventuallyAsync(() => writer.OnB.Http.GetStringAsync("/notifications/unread-count"), count => count == "{\"unread\":0}"));

        // And a new notification raises it on B as well.
        await reader.OnA.SubmitAsync(threadUrl, "reply", new Dictionary<string, string> { ["Input.Body"] = "Me again." });
        Assert.Equal("{\"unread\":1}", await EventuallyAsync(() => writer.OnB.Http.GetStringAsync("/notifications/unread-count"), count => count == "{\"unread\":1}"));
    }

    [Fact]
    public async Task The_directory_kept_on_one_instance_follows_a_profile_edited_and_a_connection_made_on_the_other_at_once()
    {
        var asker = await cluster.NewLearnerAsync("Asking Anna");
        var peer = await cluster.NewLearnerAsync("Sailing Pekka");
        var slug = await cluster.A.NewCohortAsync(Arrange.Today, members: [(asker.UserId, CohortRole.Learner), (peer.UserId, CohortRole.Learner)]);
        await peer.OnA.SubmitAsync("/profile", "profile", new Dictionary<string, string> { ["Input.Location"] = "Oulu", ["Input.Interests"] = "sailing" });
        await asker.OnA.SubmitAsync("/profile", "profile", new Dictionary<string, string> { ["Input.Interests"] = "sailing" });
        var people = $"/cohorts/{slug}/people";
        var kept = await asker.OnB.GetAsync(people); // B keeps the choices and the people to meet now
        Assert.Contains("Oulu", kept.Text("#location option"));
        Assert.Contains("Sailing Pekka", kept.Text(".suggestions"));

        await peer.OnA.SubmitAsync("/profile", "profile", new Dictionary<string, string> { ["Input.LocationVisibility"] = "Instructors" });
        var hidden = await EventuallyAsync(() => asker.OnB.GetAsync(people), page => !page.Text("#location option").Contains("Oulu", StringComparison.Ordinal));
        Assert.DoesNotContain("Oulu", hidden.Text("#location option"));

        await asker.OnA.SubmitAsync($"{people}/{peer.UserId}", "connect", new Dictionary<string, string> { ["Connect.Note"] = "Sailing on Saturday?" });
        var requests = await peer.OnA.GetAsync("/connections");
        var accept = requests.Document.QuerySelector("form input[name=_handler][value^='accept-']")!.GetAttribute("value")!;
        await peer.OnA.SubmitAsync(requests, accept, new Dictionary<string, string>());
        var connected = await EventuallyAsync(() => asker.OnB.GetAsync(people), page => !page.Text(".suggestions").Contains("Sailing Pekka", StringComparison.Ordinal));
        Assert.DoesNotContain("Sailing Pekka", connected.Text(".suggestions"));
    }

    [Fact]
    public async Task A_release_date_moved_on_one_instance_closes_the_module_on_the_other_at_once()
    {
        const string currentModule = "your-radar"; // module 2: open since last week for a cohort that started two weeks ago
        var learner = await cluster.NewLearnerAsync("Early Reader");
        var instructor = await cluster.NewLearnerAsync("Guiding Instructor");
        var slug = await cluster.A.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(learner.UserId, CohortRole.Learner), (instructor.UserId, CohortRole.Instructor)]);
        var space = $"/cohorts/{slug}/discussions?space={currentModule}";
        Assert.DoesNotContain("Opens on", (await learner.OnB.GetAsync(space)).Text("main")); // B keeps the release days now

        await cluster.A.SendAsAsync(instructor.UserId, new ChangeModuleRelease(slug, currentModule, Arrange.Today.AddDays(5)), Roles.Instructor);

        var closed = await EventuallyAsync(async () => (await learner.OnB.GetAsync(space)).Text("main"), text => text.Contains("Opens on", StringComparison.Ordinal));
        Assert.Contains("Opens on", closed);

        await cluster.B.SendAsAsync(instructor.UserId, new ChangeModuleRelease(slug, currentModule, Arrange.Today.AddDays(-7)), Roles.Instructor);
        var open = await EventuallyAsync(async () => (await learner.OnA.GetAsync(space)).Text("main"), text => !text.Contains("Opens on", StringComparison.Ordinal));
        Assert.DoesNotContain("Opens on", open);
    }

    [Fact]
    public async Task A_module_published_again_on_one_instance_is_read_new_on_the_other_which_keeps_content_only_by_revision()
    {
        var course = $"clustered-{Guid.NewGuid():N}"[..20];
        await cluster.A.ImportContentAsync(Arrange.CopyOfCourseContent(course));
        var learner = await cluster.NewLearnerAsync("Reading Learner");
        var instructor = await cluster.NewLearnerAsync("Authoring Instructor");
        var cohort = await cluster.A.NewCohortAsync(Arrange.Today.AddDays(-14), course,
            (learner.UserId, CohortRole.Learner), (instructor.UserId, CohortRole.Instructor));
        var modulePage = $"/courses/{course}/modules/your-radar?cohort={cohort}";
        Assert.Contains("monitoring and smart filtering", (await learner.OnB.GetAsync(modulePage)).Heading); // B keeps this revision's content now

        var editor = await instructor.OnA.GetAsync($"/teach/courses/{course}/modules/your-radar");
        var published = await instructor.OnA.SubmitAsync(editor, "module", new Dictionary<string, string>
        {
            ["Input.Title"] = "Your radar, republished on A", ["Action"] = "publish",
        });

        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Equal("Your radar, republished on A", (await learner.OnB.GetAsync(modulePage)).Heading); // no waiting: each request confirms the revision
    }

    [Fact]
    public async Task Failed_sign_ins_spread_over_both_instances_lock_the_account_as_on_one_since_lockout_is_kept_in_the_database()
    {
        var (_, _, userId) = await cluster.NewLearnerAsync("Forgetful Learner");
        var email = await cluster.A.WithDbAsync(db => db.Users.Where(user => user.Id == userId).Select(user => user.Email!).SingleAsync());
        for (var attempt = 0; attempt < 5; attempt++) // the lockout comes after five failures
        {
            var instance = attempt % 2 == 0 ? cluster.A : cluster.B;
            using var client = instance.CreateSocketClient();
            var failed = await client.SubmitAsync("/Account/Login", "sign-in",
                new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "not the passphrase at all" });
            Assert.Equal(HttpStatusCode.OK, failed.Status);
        }

        foreach (var instance in new[] { cluster.A, cluster.B })
        {
            using var client = instance.CreateSocketClient();
            var refused = await client.SubmitAsync("/Account/Login", "sign-in",
                new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "a long enough passphrase" });
            Assert.Equal(HttpStatusCode.OK, refused.Status); // the right passphrase, refused: locked
        }

        Assert.True(await cluster.A.WithDbAsync(db => db.Users.Where(user => user.Id == userId).Select(user => user.LockoutEnd > DateTimeOffset.UtcNow).SingleAsync()));
    }
}

public sealed class SqliteBackplaneTests(SqliteCluster cluster) : BackplaneTests<SqliteCluster>(cluster), IClassFixture<SqliteCluster>;

public sealed class PostgresBackplaneTests(PostgresCluster cluster) : BackplaneTests<PostgresCluster>(cluster), IClassFixture<PostgresCluster>;
