using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Discussions;

public abstract class DiscussionAccessTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    [Fact]
    public async Task Members_of_other_cohorts_and_visitors_find_nothing_at_any_discussion_address()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Private to the cohort", "Only for us.");
        var (outsider, outsiderId) = await App.NewLearnerAsync("Outside Learner");
        await App.NewCohortAsync(Arrange.Today, members: (outsiderId, CohortRole.Learner));
        using var visitor = App.CreateAcademyClient();
        var threadUrl = $"/cohorts/{cohort.Slug}/discussions/{number}";
        string[] urls =
        [
            $"/cohorts/{cohort.Slug}/discussions", $"/cohorts/{cohort.Slug}/discussions?space=lounge", $"/cohorts/{cohort.Slug}/discussions/new?space=lounge",
            threadUrl, $"{threadUrl}?quote=1", $"{threadUrl}/posts/1/history", $"{threadUrl}/posts/1/edit", $"{threadUrl}/posts/1/delete",
            $"{threadUrl}/posts/1/flag", $"{threadUrl}/events",
        ];

        foreach (var url in urls)
        {
            Assert.True(HttpStatusCode.NotFound == (await outsider.GetAsync(url)).Status, url);
            var visit = (await visitor.GetAsync(url)).Status;
            // Pages send visitors to sign in; the event stream is an API endpoint, which .NET 10 answers with 401
            // instead of a redirect, and the status-code page shows that as not found.
            Assert.True(visit == HttpStatusCode.Redirect || (url.EndsWith("/events", StringComparison.Ordinal) && visit == HttpStatusCode.NotFound), url);
        }

        var outsiderForm = await outsider.GetAsync($"/cohorts/{cohort.Slug}/discussions/new?space=lounge");
        Assert.DoesNotContain("Only for us", outsiderForm.Document.Body!.TextContent);

        // The script endpoints refuse outsiders too, even with a valid antiforgery token of their own.
        var ownToken = (await outsider.GetAsync("/notifications")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var path in new[] { "drafts", "preview" })
        {
            var response = await outsider.Http.PostAsync($"/cohorts/{cohort.Slug}/discussions/{path}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = ownToken, ["place"] = $"thread:{number}", ["body"] = "sneaking in",
            }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_cohorts_instructor_and_an_admin_read_and_write_its_discussions()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "For the teachers", "Hello.");
        using var admin = App.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        var (instructor, instructorId) = await App.NewLearnerAsync("Teaching Person");
        await App.NewCohortMembershipAsync(cohort.Slug, instructorId, CohortRole.Instructor);

        var byAdmin = await ReplyAsync(admin, $"/cohorts/{cohort.Slug}/discussions/{number}", "An admin was here.");
        var announcement = await StartThreadAsync(instructor, cohort.Slug, "Welcome", "Read module 1 first.", space: "announcements");

        Assert.Equal(HttpStatusCode.Redirect, byAdmin.Status);
        Assert.True(announcement > number);
        var learnerTry = await cohort.First.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/new?space=announcements", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Not allowed", ["Input.Body"] = "Learners reply here, they do not start." });
        Assert.Contains("Only instructors start threads", learnerTry.Text("[role=alert]"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDiscussionAccessTests(SqliteApp app) : DiscussionAccessTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDiscussionAccessTests(PostgresApp app) : DiscussionAccessTests<PostgresApp>(app);
