using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Discussions;

public abstract class NotificationsAndDigestsTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    [Fact]
    public async Task Replies_quotes_and_mentions_notify_the_people_concerned_and_never_the_actor()
    {
        var cohort = await CohortOfTwoAsync();
        var (third, thirdId) = await App.NewLearnerAsync("Sofia Example");
        await App.NewCohortMembershipAsync(cohort.Slug, thirdId, CohortRole.Learner);
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Bridges", "Who bridges your teams?", space: "networks-over-teams");
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";

        await ReplyAsync(cohort.Second, threadUrl, "Our controller does. @Sofia Example, you work with finance too?");
        await ReplyAsync(cohort.First, threadUrl, "> Our controller does.\n\nSame here.", new Dictionary<string, string> { ["Input.QuotedSequence"] = "2" });
        await ReplyAsync(cohort.First, threadUrl, "Talking to myself in my own thread.");

        async Task<List<string>> NotificationsOf(AcademyClient client) =>
            (await client.GetAsync("/notifications")).Document.QuerySelectorAll(".notifications .thread-title").Select(a => a.TextContent).ToList();

        Assert.Equal(["Mikko Example replied to your post in “Bridges”"], await NotificationsOf(cohort.First));
        Assert.Equal(["Aino Example quoted you in “Bridges”"], await NotificationsOf(cohort.Second));
        Assert.Equal(["Mikko Example mentioned you in “Bridges”"], await NotificationsOf(third));
        var unread = await third.Http.GetStringAsync("/notifications/unread-count");
        Assert.Equal("{\"unread\":1}", unread);

        var page = await third.GetAsync("/notifications");
        Assert.EndsWith("?at=2#post-2", page.Document.QuerySelector(".notifications a")!.GetAttribute("href"));
        await third.SubmitAsync(page, "mark-read", new Dictionary<string, string>());
        Assert.Equal("{\"unread\":0}", await third.Http.GetStringAsync("/notifications/unread-count"));
        Assert.Empty((await third.GetAsync("/notifications")).Document.QuerySelectorAll(".notifications .badge.new"));
    }

    [Fact]
    public async Task A_member_who_opted_in_gets_a_daily_digest_e_mail_of_what_they_have_not_read_and_others_get_none()
    {
        var cohort = await CohortOfTwoAsync();
        var page = await cohort.First.GetAsync("/Account/Manage");
        Assert.Null(page.Document.QuerySelector("#daily-digest")!.GetAttribute("checked")); // off until chosen
        await cohort.First.SubmitAsync(page, "digest", new Dictionary<string, string> { ["WantsDailyDigest"] = "true" });
        Assert.NotNull((await cohort.First.GetAsync("/Account/Manage")).Document.QuerySelector("#daily-digest")!.GetAttribute("checked"));
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Digest me", "Opening.");
        await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", "A reply worth an e-mail.");
        await StartThreadAsync(cohort.Second, cohort.Slug, "Not for Aino", "Mikko did not opt in.");
        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == cohort.FirstId);
            user.LastDigestAt = DateTimeOffset.UtcNow.AddDays(-2); // as if the last digest went out two days ago
            return await db.SaveChangesAsync();
        });
        var before = Directory.Exists(App.MailFolder) ? Directory.GetFiles(App.MailFolder).Length : 0;

        var sent = await App.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Startup.DailyDigests>().SendDueAsync(CancellationToken.None));
        var again = await App.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Startup.DailyDigests>().SendDueAsync(CancellationToken.None));

        Assert.True(sent >= 1);
        Assert.Equal(0, again); // one a day
        var digest = Directory.GetFiles(App.MailFolder).Select(File.ReadAllText).Select(PickupMail.Decode)
            .Single(text => text.Contains("Subject: Academy:") && text.Contains("Aino Example"));
        Assert.Contains("Mikko Example replied to your post in “Digest me”", digest);
        Assert.Contains($"/cohorts/{cohort.Slug}/discussions/{number}?at=2#post-2", digest);
        Assert.True(Directory.GetFiles(App.MailFolder).Length > before);
    }

    [Fact]
    public async Task A_new_announcement_reaches_every_member_of_the_cohort()
    {
        var cohort = await CohortOfTwoAsync();
        var (instructor, instructorId) = await App.NewLearnerAsync("Teaching Person");
        await App.NewCohortMembershipAsync(cohort.Slug, instructorId, CohortRole.Instructor);

        var number = await StartThreadAsync(instructor, cohort.Slug, "Welcome to week one", "Start with module 1.", space: "announcements");

        foreach (var learner in new[] { cohort.First, cohort.Second })
        {
            Assert.Contains("New announcement from Teaching Person: “Welcome to week one”", (await learner.GetAsync("/notifications")).Text(".notifications"));
        }

        Assert.Empty((await instructor.GetAsync("/notifications")).Document.QuerySelectorAll(".notifications li"));

        // Everyone follows announcements: a reply reaches the other learner too, unless they muted the thread.
        await cohort.Second.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/{number}", "follow", new Dictionary<string, string> { ["FollowLevel"] = "Muted" });
        await ReplyAsync(cohort.First, $"/cohorts/{cohort.Slug}/discussions/{number}", "Thank you, looking forward to it.");
        Assert.Contains("Aino Example replied to your post in “Welcome to week one”", (await instructor.GetAsync("/notifications")).Text(".notifications"));
        Assert.DoesNotContain("Aino Example", (await cohort.Second.GetAsync("/notifications")).Text(".notifications"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteNotificationsAndDigestsTests(SqliteApp app) : NotificationsAndDigestsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNotificationsAndDigestsTests(PostgresApp app) : NotificationsAndDigestsTests<PostgresApp>(app);
