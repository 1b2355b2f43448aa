using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Discussions;

/// <summary>
/// Every discussion address, read and write, against every kind of caller. Expected outcomes are one readable
/// table: members of the cohort, its instructor and admins get in; everyone else finds nothing (404), and
/// visitors are sent to sign in.
/// </summary>
public abstract class DiscussionAccessMatrixTests<TApp>(TApp app) where TApp : AcademyApp
{
    public enum Caller
    {
        Visitor,
        LearnerOfTheCohort,
        LearnerOfAnotherCohort,
        InstructorOfTheCohort,
        InstructorOfAnotherCohort,
        Admin,
    }

    private const int Ok = 200;
    private const int Redirect = 302;
    private const int NotFound = 404;

    /// <summary>Address (with {thread}) → expected status for visitor, learner, other learner, instructor, other instructor, admin.</summary>
    public static TheoryData<string, int, int, int, int, int, int> Pages => new()
    {
        { "/cohorts/{cohort}/discussions", Redirect, Ok, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions?space=lounge", Redirect, Ok, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/new?space=lounge", Redirect, Ok, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/{thread}", Redirect, Ok, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/{thread}?quote=1", Redirect, Ok, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/{thread}/posts/1/history", Redirect, Ok, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/{thread}/posts/1/likes", Redirect, Ok, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/{thread}/posts/1/flag", Redirect, Ok, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/{thread}/posts/1/edit", Redirect, Ok, NotFound, NotFound, NotFound, NotFound },
        { "/cohorts/{cohort}/discussions/{thread}/posts/1/delete", Redirect, Ok, NotFound, NotFound, NotFound, NotFound },
        { "/cohorts/{cohort}/discussions/{thread}/posts/1/moderate", Redirect, NotFound, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/{thread}/move", Redirect, NotFound, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/moderation", Redirect, NotFound, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/search?q=bridges", Redirect, Ok, NotFound, Ok, NotFound, Ok },
        { "/cohorts/{cohort}/discussions/no-such-thing", NotFound, NotFound, NotFound, NotFound, NotFound, NotFound },
        { "/cohorts/{cohort}/discussions/99999", Redirect, NotFound, NotFound, NotFound, NotFound, NotFound },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_discussion_page_answers_each_kind_of_caller_as_the_table_says(
        string address, int visitor, int learner, int otherLearner, int instructor, int otherInstructor, int admin)
    {
        var world = await World.Value;
        var url = address.Replace("{cohort}", world.Cohort).Replace("{thread}", world.Thread.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var expected = new Dictionary<Caller, int>
        {
            [Caller.Visitor] = visitor, [Caller.LearnerOfTheCohort] = learner, [Caller.LearnerOfAnotherCohort] = otherLearner,
            [Caller.InstructorOfTheCohort] = instructor, [Caller.InstructorOfAnotherCohort] = otherInstructor, [Caller.Admin] = admin,
        };

        foreach (var (caller, status) in expected)
        {
            var page = await world.Clients[caller].GetAsync(url);
            Assert.True(status == (int)page.Status, $"{caller} at {url}: expected {status}, got {(int)page.Status}");
        }
    }

    [Fact]
    public async Task Writing_to_a_thread_is_refused_to_everyone_outside_the_cohort_whatever_the_form_says()
    {
        var world = await World.Value;
        var threadUrl = $"/cohorts/{world.Cohort}/discussions/{world.Thread}";
        var ownForm = await world.Clients[Caller.LearnerOfTheCohort].GetAsync(threadUrl);

        foreach (var caller in new[] { Caller.LearnerOfAnotherCohort, Caller.InstructorOfAnotherCohort })
        {
            var client = world.Clients[caller];
            var ownCohortPage = await client.GetAsync("/notifications"); // a token of their own session
            var token = ownCohortPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var response = await client.Http.PostAsync(threadUrl, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["_handler"] = "reply", ["Input.Body"] = "Sneaking in.",
            }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.DoesNotContain("Sneaking in.", (await world.Clients[Caller.LearnerOfTheCohort].GetAsync(threadUrl + "?after=0")).Document.Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, ownForm.Status);
    }

    private sealed record TestWorld(string Cohort, int Thread, IReadOnlyDictionary<Caller, AcademyClient> Clients);

    // Arranged once per provider (xUnit makes a test class per test; the app fixture is shared by the collection).
    private static Lazy<Task<TestWorld>>? world;

    private Lazy<Task<TestWorld>> World => LazyInitializer.EnsureInitialized(ref world, () => new Lazy<Task<TestWorld>>(ArrangeAsync));

    private async Task<TestWorld> ArrangeAsync()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Matrix Learner");
        var (instructor, instructorId) = await app.NewLearnerAsync("Matrix Instructor");
        var (otherLearner, otherLearnerId) = await app.NewLearnerAsync("Other Learner");
        var (otherInstructor, otherInstructorId) = await app.NewLearnerAsync("Other Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(learnerId, CohortRole.Learner), (instructorId, CohortRole.Instructor)]);
        await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(otherLearnerId, CohortRole.Learner), (otherInstructorId, CohortRole.Instructor)]);
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");

        var started = await learner.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Matrix", ["Input.Body"] = "Talking about bridges." });
        var thread = int.Parse(started.RedirectedTo!.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        return new TestWorld(cohort, thread, new Dictionary<Caller, AcademyClient>
        {
            [Caller.Visitor] = app.CreateAcademyClient(),
            [Caller.LearnerOfTheCohort] = learner,
            [Caller.LearnerOfAnotherCohort] = otherLearner,
            [Caller.InstructorOfTheCohort] = instructor,
            [Caller.InstructorOfAnotherCohort] = otherInstructor,
            [Caller.Admin] = admin,
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDiscussionAccessMatrixTests(SqliteApp app) : DiscussionAccessMatrixTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDiscussionAccessMatrixTests(PostgresApp app) : DiscussionAccessMatrixTests<PostgresApp>(app);
