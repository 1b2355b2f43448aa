using Academy.Cohorts.Notifications.Sessions;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Email;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// The seams live sessions plug into (their notifications call these once they exist): a change is told to the
/// cohort and e-mailed at once by default; reminders go a day and an hour before, once each, at the new time when the
/// session moves, never after it started, and a cancelled session's reminders still in the outbox are not sent.
/// </summary>
public abstract class SessionNotificationsTests<TApp>(TApp app) : EmailTestBase<TApp>(app) where TApp : AcademyApp
{
    private Task<TimeSpan?> RemindAsync(string cohort, string session, DateTimeOffset startsAt, DateTimeOffset now) =>
        App.WithScopeAsync(services => services.GetRequiredService<SessionReminders>()
            .RemindAsync(cohort, session, "Guest talk", startsAt, $"/cohorts/{cohort}", attendeeIds: null, now, CancellationToken.None));

    [Fact]
    public async Task A_session_scheduled_moved_or_cancelled_is_told_to_every_member_but_the_instructor_who_did_it_and_e_mailed_at_once()
    {
        var (instructor, first, second) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("First Learner"), await NewPersonAsync("Second Learner"));
        var cohort = await CohortAsync(instructor, first, second);
        await ChooseAsync(second, NotificationKind.SessionChange, Academy.Web.Email.EmailDelivery.InApp);

        await App.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<SessionNotices>().NotifyAsync(cohort, instructor.Id, instructor.Name,
                "Live session “Guest talk” moved to Thursday 16:00", $"/cohorts/{cohort}", CancellationToken.None);
            return 0;
        });

        Assert.Equal(["Live session “Guest talk” moved to Thursday 16:00"], await NotificationsOfAsync(first));
        Assert.Equal(["Live session “Guest talk” moved to Thursday 16:00"], await NotificationsOfAsync(second));
        Assert.Empty(await NotificationsOfAsync(instructor));
        Assert.Equal("Live session “Guest talk” moved to Thursday 16:00", Assert.Single(await MailToAsync(first)).Subject);
        Assert.Empty(await MailToAsync(second)); // chose the app only
        Assert.Empty(await MailToAsync(instructor));
    }

    [Fact]
    public async Task A_session_is_reminded_a_day_and_an_hour_before_once_each_again_at_its_new_time_and_not_after_it_started()
    {
        var (instructor, learner) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Punctual Learner"));
        var cohort = await CohortAsync(instructor, learner);
        var session = Guid.NewGuid().ToString("N");
        var startsAt = DateTimeOffset.UtcNow.AddHours(30);
        var movedTo = startsAt.AddDays(2);

        var leads = new List<TimeSpan?>
        {
            await RemindAsync(cohort, session, startsAt, startsAt.AddHours(-30)), // too early
            await RemindAsync(cohort, session, startsAt, startsAt.AddHours(-23)),
            await RemindAsync(cohort, session, startsAt, startsAt.AddHours(-22)), // the same reminder again: nobody told twice
            await RemindAsync(cohort, session, startsAt, startsAt.AddMinutes(-50)),
            await RemindAsync(cohort, session, startsAt, startsAt.AddMinutes(10)), // started
            await RemindAsync(cohort, session, movedTo, movedTo.AddHours(-2)), // moved: its day-before reminder is due again
        };

        Assert.Equal([null, TimeSpan.FromHours(24), TimeSpan.FromHours(24), TimeSpan.FromHours(1), null, TimeSpan.FromHours(24)], leads);
        Assert.Equal(["Live session “Guest talk” starts tomorrow at this time", "Live session “Guest talk” starts in an hour",
            "Live session “Guest talk” starts tomorrow at this time"], await NotificationsOfAsync(learner));
        Assert.Equal(3, (await MailToAsync(learner)).Count);
        Assert.Equal(3, (await NotificationsOfAsync(instructor)).Count); // instructors are reminded too
    }

    [Fact]
    public async Task A_cancelled_sessions_reminders_still_in_the_outbox_are_not_sent()
    {
        var (instructor, learner) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Waiting Learner"));
        var cohort = await CohortAsync(instructor, learner);
        var session = Guid.NewGuid().ToString("N");
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(30);
        await RemindAsync(cohort, session, startsAt, DateTimeOffset.UtcNow);

        await App.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<SessionReminders>().WithdrawAsync(session, CancellationToken.None);
            return 0;
        });

        Assert.Empty(await MailToAsync(learner));
        Assert.Single(await NotificationsOfAsync(learner));
        Assert.All(await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.UserId == learner.Id).Select(m => m.Status).ToListAsync()),
            status => Assert.Equal(Academy.Web.Email.OutboxStatus.Withdrawn, status));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSessionNotificationsTests(SqliteApp app) : SessionNotificationsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSessionNotificationsTests(PostgresApp app) : SessionNotificationsTests<PostgresApp>(app);
