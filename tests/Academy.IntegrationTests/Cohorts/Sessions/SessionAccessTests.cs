using System.Net;
using Academy.Cohorts.Sessions;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts.Sessions;

/// <summary>
/// Who sees and does what with a cohort's sessions: its learners see them and answer; its instructors and admins run
/// them; an instructor or a learner of another cohort, like anyone unknown, finds nothing there (404); a visitor is sent
/// to sign in.
/// </summary>
public abstract class SessionAccessTests<TApp>(TApp app) : SessionsTestBase<TApp>(app) where TApp : AcademyApp, ISessionsApp
{
    public enum Caller
    {
        Anonymous,
        Learner,
        Instructor,
        InstructorOfAnotherCohort,
        Admin,
        MemberOfAnotherCohort,
    }

    /// <summary>Address, then the expected answer for each caller in <see cref="Caller"/> order: O 200, S sent to sign in, N 404.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/cohorts/{cohort}/sessions", "S O O N O N" },
        { "/cohorts/{cohort}/sessions/{session}", "S O O N O N" },
        { "/cohorts/{cohort}/sessions/{session}/session.ics", "S O O N O N" },
        { "/cohorts/{cohort}/sessions/new", "S N O N O N" },
        { "/cohorts/{cohort}/sessions/{session}/edit", "S N O N O N" },
        { "/cohorts/{cohort}/sessions/99", "S N N N N N" },
        { "/cohorts/{cohort}/sessions/99/edit", "S N N N N N" },
    };

    private sealed record World(TestCohort Cohort, int Session, Dictionary<Caller, AcademyClient> Clients, Dictionary<Caller, (string Id, string[] Roles)> Ids);

    private async Task<World> ArrangeAsync()
    {
        var cohort = await CohortAsync(name: "Access");
        var (otherInstructor, otherInstructorId) = await App.NewLearnerAsync("Access Other Instructor");
        var (otherMember, otherMemberId) = await App.NewLearnerAsync("Access Other Member");
        await App.NewCohortAsync(Arrange.Today.AddDays(-7), members: [(otherInstructorId, CohortRole.Instructor), (otherMemberId, CohortRole.Learner)]);
        var admin = App.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        var adminId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "admin@academy.test").Select(u => u.Id).SingleAsync());
        var session = await ScheduleAsync(cohort, Arrange.Today.AddDays(2), new TimeOnly(17, 0), new TimeOnly(18, 0), "Guarded session");
        return new World(cohort, session,
            new Dictionary<Caller, AcademyClient>
            {
                [Caller.Anonymous] = App.CreateAcademyClient(), [Caller.Learner] = cohort.Learner, [Caller.Instructor] = cohort.Instructor,
                [Caller.InstructorOfAnotherCohort] = otherInstructor, [Caller.Admin] = admin, [Caller.MemberOfAnotherCohort] = otherMember,
            },
            new Dictionary<Caller, (string, string[])>
            {
                [Caller.Learner] = (cohort.LearnerId, [Roles.Learner]), [Caller.Instructor] = (cohort.InstructorId, [Roles.Learner]),
                [Caller.InstructorOfAnotherCohort] = (otherInstructorId, [Roles.Learner]), [Caller.Admin] = (adminId, [Roles.Admin]),
                [Caller.MemberOfAnotherCohort] = (otherMemberId, [Roles.Learner]),
            });
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_answers_each_kind_of_caller_as_the_table_says(string address, string expected)
    {
        var world = await ArrangeAsync();
        var url = address.Replace("{cohort}", world.Cohort.Slug).Replace("{session}", world.Session.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var wrong = new List<string>();
        foreach (var (caller, code) in Enum.GetValues<Caller>().Zip(expected.Split(' ')))
        {
            using var response = await world.Clients[caller].Http.GetAsync(url);
            var answer = response.StatusCode switch
            {
                HttpStatusCode.OK => "O",
                HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true => "S",
                HttpStatusCode.NotFound => "N",
                var other => ((int)other).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            if (answer != code)
            {
                wrong.Add($"{caller} GET {url}: expected {code}, got {answer}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Only_the_cohorts_instructors_and_admins_schedule_edit_cancel_and_record_and_only_its_learners_answer()
    {
        var world = await ArrangeAsync();
        var slug = world.Cohort.Slug;
        var day = Arrange.Today.AddDays(4);
        IEnumerable<(string Use, Func<Task> Send)> UsesAs(Caller caller)
        {
            var (id, roles) = world.Ids[caller];
            yield return ("schedule", () => App.SendAsAsync(id, new ScheduleSession(slug, "Mine", "", day, new TimeOnly(9, 0), new TimeOnly(10, 0), null, "Room 1", null), roles));
            yield return ("edit", () => App.SendAsAsync(id, new EditSession(slug, world.Session, "Renamed", "", Arrange.Today.AddDays(2), new TimeOnly(17, 0),
                new TimeOnly(18, 0), "https://meet.example.com/weekly", null, null), roles));
            yield return ("answer", () => App.SendAsAsync(id, new AnswerSession(slug, world.Session, RsvpAnswer.Going), roles));
            yield return ("read", () => App.SendAsAsync(id, new GetSession(slug, world.Session), roles));
            yield return ("form", () => App.SendAsAsync(id, new GetSessionForm(slug, world.Session), roles));
        }

        var expected = new Dictionary<Caller, string[]>
        {
            [Caller.Learner] = ["answer", "read"],
            [Caller.Instructor] = ["schedule", "edit", "read", "form"],
            [Caller.Admin] = ["schedule", "edit", "read", "form"],
            [Caller.InstructorOfAnotherCohort] = [],
            [Caller.MemberOfAnotherCohort] = [],
        };
        var wrong = new List<string>();
        foreach (var (caller, allowed) in expected)
        {
            foreach (var (use, send) in UsesAs(caller))
            {
                var done = true;
                try
                {
                    await send();
                }
                catch (NotFoundException)
                {
                    done = false;
                }

                if (done != allowed.Contains(use))
                {
                    wrong.Add($"{caller} {use}: {(done ? "done" : "not found")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));

        // Cancelling and recording, once it has started, likewise.
        App.Clock.StoppedAt = InHelsinki(Arrange.Today.AddDays(2), new TimeOnly(17, 30));
        foreach (var caller in new[] { Caller.Learner, Caller.InstructorOfAnotherCohort, Caller.MemberOfAnotherCohort })
        {
            var (id, roles) = world.Ids[caller];
            await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsAsync(id, new RecordSessionOutcome(slug, world.Session, null, "Mine", [id]), roles));
            await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsAsync(id, new CancelSession(slug, world.Session, true), roles));
        }

        await App.SendAsAsync(world.Ids[Caller.Admin].Id, new RecordSessionOutcome(slug, world.Session, null, "By the admin", []), Roles.Admin);
        await App.SendAsAsync(world.Cohort.InstructorId, new CancelSession(slug, world.Session, true));
    }
}

[Collection(SqliteSessionsCollection.Name)]
public sealed class SqliteSessionAccessTests(SessionsSqliteApp app) : SessionAccessTests<SessionsSqliteApp>(app);

[Collection(PostgresSessionsCollection.Name)]
public sealed class PostgresSessionAccessTests(SessionsPostgresApp app) : SessionAccessTests<SessionsPostgresApp>(app);
