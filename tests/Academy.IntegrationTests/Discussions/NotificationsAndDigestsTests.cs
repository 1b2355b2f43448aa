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
    public async Task A_member_gets_a_daily_digest_e_mail_of_the_conversations_they_have_not_read_and_one_who_chose_the_app_only_gets_none()
    {
        var cohort = await CohortOfTwoAsync();
        var page = await cohort.First.GetAsync("/Account/Manage");
        Assert.NotNull(page.Document.QuerySelector("#email-discussion-digest")!.GetAttribute("checked")); // the default for conversations
        await cohort.Second.SubmitAsync("/Account/Manage", "email-preferences", new Dictionary<string, string> { ["Choices[Discussion]"] = "InApp" });
        Assert.NotNull((await cohort.Second.GetAsync("/Account/Manage")).Document.QuerySelector("#email-discussion-inapp")!.GetAttribute("checked"));
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Digest me", "Opening.");
        await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", "A reply worth an e-mail.");
        var second = await StartThreadAsync(cohort.Second, cohort.Slug, "Not for Aino", "Mikko chose the app only.");
        await ReplyAsync(cohort.First, $"/cohorts/{cohort.Slug}/discussions/{second}", "Mikko hears of this in the app.");
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == cohort.FirstId || u.Id == cohort.SecondId)
            .ExecuteUpdateAsync(user => user.SetProperty(u => u.LastDigestAt, DateTimeOffset.UtcNow.AddDays(-2)))); // as if the last digests went out two days ago
        var (firstEmail, secondEmail) = (await EmailOfAsync(cohort.FirstId), await EmailOfAsync(cohort.SecondId));
        Assert.DoesNotContain(await App.MailAsync(), mail => mail.To == firstEmail || mail.To == secondEmail); // nothing at once: both are conversations

        var sent = await App.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Startup.DailyDigests>().SendDueAsync(CancellationToken.None));
        var again = await App.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Startup.DailyDigests>().SendDueAsync(CancellationToken.None));

        Assert.True(sent >= 1);
        Assert.Equal(0, again); // one a day
        var mail = await App.MailAsync();
        var digest = Assert.Single(mail, message => message.To == firstEmail);
        Assert.StartsWith("Academy: 1 new", digest.Subject);
        Assert.Contains("Mikko Example replied to your post in “Digest me”", digest.Text);
        Assert.Contains($"{AcademyApp.PublicUrl}/cohorts/{cohort.Slug}/discussions/{number}?at=2#post-2", digest.Text);
        Assert.Contains($"href=\"{AcademyApp.PublicUrl}/cohorts/{cohort.Slug}/discussions/{number}?at=2#post-2\"", digest.Html);
        Assert.DoesNotContain(mail, message => message.To == secondEmail);
    }

    private Task<string> EmailOfAsync(string userId) => App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync());

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
