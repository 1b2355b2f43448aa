using Academy.Cohorts.Sessions;
using Academy.Contracts.Privacy;
using Academy.Contracts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Cohorts.Sessions;

/// <summary>What other modules get from the sessions: the upcoming ones for reminders (asked with nobody signed in), and a person's answers and attendance in their data.</summary>
public abstract class UpcomingSessionsTests<TApp>(TApp app) : SessionsTestBase<TApp>(app) where TApp : AcademyApp, ISessionsApp
{
    [Fact]
    public async Task A_reminder_job_gets_the_sessions_starting_in_its_window_with_members_and_answers_and_never_a_cancelled_one()
    {
        var cohort = await CohortAsync(learners: 2, name: "Reminded");
        var day = Arrange.Today.AddDays(5);
        var inside = await ScheduleAsync(cohort, day, new TimeOnly(10, 0), new TimeOnly(11, 0), "Inside the window");
        var cancelled = await ScheduleAsync(cohort, day, new TimeOnly(12, 0), new TimeOnly(13, 0), "Cancelled in the window");
        await ScheduleAsync(cohort, day, new TimeOnly(15, 0), new TimeOnly(16, 0), "After the window");
        await App.SendAsAsync(cohort.InstructorId, new CancelSession(cohort.Slug, cancelled, Confirmed: true));
        await App.SendAsAsync(cohort.LearnerId, new AnswerSession(cohort.Slug, inside, RsvpAnswer.NotGoing));

        // A background job: its own scope, nobody signed in.
        var found = await App.WithScopeAsync(services => services.GetRequiredService<IMediator>()
            .Send(new GetUpcomingSessions(InHelsinki(day, new TimeOnly(9, 0)), InHelsinki(day, new TimeOnly(15, 0)))));

        var session = Assert.Single(found, s => s.CohortSlug == cohort.Slug);
        Assert.Equal(("Inside the window", InHelsinki(day, new TimeOnly(10, 0)), "Europe/Helsinki", $"/cohorts/{cohort.Slug}/sessions/{inside}"),
            (session.Title, session.StartsAt, session.TimeZoneId, session.Path));
        Assert.Equal(3, session.Members.Count);
        Assert.Equal(RsvpAnswer.NotGoing, session.Members.Single(m => m.UserId == cohort.LearnerId).Answer);
        Assert.Null(session.Members.Single(m => m.UserId == cohort.Learners[1].UserId).Answer);
        Assert.Equal(Academy.Contracts.Cohorts.CohortRole.Instructor, session.Members.Single(m => m.UserId == cohort.InstructorId).Role);
    }

    [Fact]
    public async Task A_learners_answers_and_attendance_are_in_their_data_and_go_with_their_account()
    {
        var cohort = await CohortAsync(name: "Data rights");
        var day = Arrange.Today.AddDays(1);
        var number = await ScheduleAsync(cohort, day, new TimeOnly(10, 0), new TimeOnly(11, 0), "A session to remember");
        await App.SendAsAsync(cohort.LearnerId, new AnswerSession(cohort.Slug, number, RsvpAnswer.Going));
        App.Clock.StoppedAt = InHelsinki(day, new TimeOnly(11, 0));
        await App.SendAsAsync(cohort.InstructorId, new RecordSessionOutcome(cohort.Slug, number, null, "", [cohort.LearnerId]));
        App.Clock.StoppedAt = null;

        var data = await cohort.Learner.Http.GetStringAsync("/Account/Manage/data.json");
        Assert.Contains("Live session answers", data);
        Assert.Contains("A session to remember", data);
        Assert.Matches("\"Answer\":\\s*\"Going\"", data);
        Assert.Contains("Live session attendance", data);

        await App.WithScopeAsync(async services =>
        {
            foreach (var provider in services.GetServices<IPersonalDataProvider>())
            {
                await provider.EraseAsync(cohort.LearnerId, CancellationToken.None);
            }

            return 0;
        });
        Assert.False(await App.WithDbAsync(db => db.SessionRsvps.AnyAsync(r => r.UserId == cohort.LearnerId)));
        Assert.False(await App.WithDbAsync(db => db.SessionAttendance.AnyAsync(a => a.UserId == cohort.LearnerId)));
    }
}

[Collection(SqliteSessionsCollection.Name)]
public sealed class SqliteUpcomingSessionsTests(SessionsSqliteApp app) : UpcomingSessionsTests<SessionsSqliteApp>(app);

[Collection(PostgresSessionsCollection.Name)]
public sealed class PostgresUpcomingSessionsTests(SessionsPostgresApp app) : UpcomingSessionsTests<SessionsPostgresApp>(app);
