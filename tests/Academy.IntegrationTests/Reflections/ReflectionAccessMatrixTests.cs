using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// A private reflection against every kind of caller: its author, a peer in the same cohort, a learner and an
/// instructor of another cohort, the cohort's instructor, an admin and a visitor. Pages that are personal
/// ("my" reflection, the portfolio) show each caller their own, so the private text must never appear there.
/// </summary>
public abstract class ReflectionAccessMatrixTests<TApp>(TApp app) where TApp : AcademyApp
{
    public enum Caller
    {
        Visitor,
        Author,
        PeerInTheCohort,
        LearnerOfAnotherCohort,
        InstructorOfTheCohort,
        InstructorOfAnotherCohort,
        Admin,
    }

    private const string PrivateText = "A private confession about my organisation";

    /// <summary>Address → expected status for visitor, author, peer, other learner, instructor, other instructor, admin.</summary>
    public static TheoryData<string, int, int, int, int, int, int, int> Addresses => new()
    {
        { "/cohorts/{cohort}/reflections", 302, 200, 200, 404, 200, 404, 200 },
        { "/cohorts/{cohort}/reflections/my-reasons", 302, 200, 200, 404, 200, 404, 200 },
        { "/cohorts/{cohort}/reflections/my-reasons/gallery", 302, 200, 200, 404, 200, 404, 200 },
        { "/cohorts/{cohort}/reflections/review", 302, 404, 404, 404, 200, 404, 200 },
        { "/cohorts/{cohort}/reflections/review/{reflection}", 302, 404, 404, 404, 200, 404, 200 },
        { "/cohorts/{cohort}/reflections/scores.csv", 302, 404, 404, 404, 200, 404, 200 },
        { "/cohorts/{cohort}/reflections/portfolio.zip", 302, 200, 200, 404, 404, 404, 404 },
        { "/cohorts/{cohort}/reflections/deadlines", 302, 404, 404, 404, 200, 404, 200 },
    };

    /// <summary>
    /// The editor's script endpoints (form posts): only the cohort's learners get an answer, each about their own
    /// reflection (the author's is submitted, so a draft is refused with a reason).
    /// </summary>
    public static TheoryData<string, int, int, int, int, int, int, int> Posts => new()
    {
        { "/cohorts/{cohort}/reflections/my-reasons/draft", 302, 409, 200, 404, 404, 404, 404 },
        { "/cohorts/{cohort}/reflections/my-reasons/preview", 302, 200, 200, 404, 404, 404, 404 },
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task The_editor_endpoints_answer_only_learners_of_the_cohort_and_never_reveal_or_touch_another_learners_text(
        string address, int visitor, int author, int peer, int otherLearner, int instructor, int otherInstructor, int admin)
    {
        var world = await World.Value;
        var url = address.Replace("{cohort}", world.Cohort);
        var expected = new Dictionary<Caller, int>
        {
            [Caller.Visitor] = visitor, [Caller.Author] = author, [Caller.PeerInTheCohort] = peer, [Caller.LearnerOfAnotherCohort] = otherLearner,
            [Caller.InstructorOfTheCohort] = instructor, [Caller.InstructorOfAnotherCohort] = otherInstructor, [Caller.Admin] = admin,
        };

        foreach (var (caller, status) in expected)
        {
            var client = world.Clients[caller];
            var withToken = await client.GetAsync(caller == Caller.Visitor ? "/Account/Login" : "/");
            var token = withToken.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["body"] = $"Written by {caller}", ["version"] = "0",
            }));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status == (int)response.StatusCode, $"{caller} at {url}: expected {status}, got {(int)response.StatusCode}");
            Assert.True(caller == Caller.Author || !body.Contains(PrivateText, StringComparison.Ordinal), $"{caller} saw the private text at {url}");
        }

        // Whatever the others posted, the author's submitted reflection is unchanged.
        var mine = await world.Clients[Caller.Author].GetAsync(address.Replace("{cohort}", world.Cohort).Replace("/draft", string.Empty).Replace("/preview", string.Empty));
        Assert.Contains(PrivateText, mine.Text("#submitted-heading ~ .prose"));
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_reflection_address_answers_each_kind_of_caller_and_shows_a_private_text_only_to_author_and_teachers(
        string address, int visitor, int author, int peer, int otherLearner, int instructor, int otherInstructor, int admin)
    {
        var world = await World.Value;
        var url = address.Replace("{cohort}", world.Cohort).Replace("{reflection}", world.ReflectionId);
        var expected = new Dictionary<Caller, int>
        {
            [Caller.Visitor] = visitor, [Caller.Author] = author, [Caller.PeerInTheCohort] = peer, [Caller.LearnerOfAnotherCohort] = otherLearner,
            [Caller.InstructorOfTheCohort] = instructor, [Caller.InstructorOfAnotherCohort] = otherInstructor, [Caller.Admin] = admin,
        };

        foreach (var (caller, status) in expected)
        {
            var response = await world.Clients[caller].Http.GetAsync(url);
            Assert.True(status == (int)response.StatusCode, $"{caller} at {url}: expected {status}, got {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            var maySeeText = caller is Caller.Author or Caller.InstructorOfTheCohort or Caller.Admin;
            Assert.True(maySeeText || !body.Contains(PrivateText, StringComparison.Ordinal), $"{caller} saw the private text at {url}");
        }
    }

    private sealed record TestWorld(string Cohort, string ReflectionId, IReadOnlyDictionary<Caller, AcademyClient> Clients);

    // Arranged once per provider (xUnit makes a test class per test; the app fixture is shared by the collection).
    private static Lazy<Task<TestWorld>>? world;

    private Lazy<Task<TestWorld>> World => LazyInitializer.EnsureInitialized(ref world, () => new Lazy<Task<TestWorld>>(ArrangeAsync));

    private async Task<TestWorld> ArrangeAsync()
    {
        var (author, authorId) = await app.NewLearnerAsync("Private Author");
        var (peer, peerId) = await app.NewLearnerAsync("Curious Peer");
        var (instructor, instructorId) = await app.NewLearnerAsync("Cohort Instructor");
        var (otherLearner, otherLearnerId) = await app.NewLearnerAsync("Other Learner");
        var (otherInstructor, otherInstructorId) = await app.NewLearnerAsync("Other Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(authorId, CohortRole.Learner), (peerId, CohortRole.Learner), (instructorId, CohortRole.Instructor)]);
        await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(otherLearnerId, CohortRole.Learner), (otherInstructorId, CohortRole.Instructor)]);
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");

        await author.SubmitAsync($"/cohorts/{cohort}/reflections/my-reasons", "reflection",
            new Dictionary<string, string> { ["Input.Body"] = PrivateText, ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        var queue = await instructor.GetAsync($"/cohorts/{cohort}/reflections/review");
        var reflectionId = queue.Document.QuerySelector(".review-queue a")!.GetAttribute("href")!.Split('/').Last();

        return new TestWorld(cohort, reflectionId, new Dictionary<Caller, AcademyClient>
        {
            [Caller.Visitor] = app.CreateAcademyClient(),
            [Caller.Author] = author,
            [Caller.PeerInTheCohort] = peer,
            [Caller.LearnerOfAnotherCohort] = otherLearner,
            [Caller.InstructorOfTheCohort] = instructor,
            [Caller.InstructorOfAnotherCohort] = otherInstructor,
            [Caller.Admin] = admin,
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReflectionAccessMatrixTests(SqliteApp app) : ReflectionAccessMatrixTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReflectionAccessMatrixTests(PostgresApp app) : ReflectionAccessMatrixTests<PostgresApp>(app);
