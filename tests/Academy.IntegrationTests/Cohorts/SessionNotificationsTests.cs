using Academy.Cohorts.Notifications.Sessions;
using Academy.Cohorts.Sessions;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.IntegrationTests.Email;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// What people hear of live sessions: a session scheduled, moved or cancelled is told to the cohort and e-mailed at
/// once by default, with when and where; reminders go a day and an hour before, once each, at the new time when the
/// session moves, never after it started nor to those not going, and a cancelled session's reminders still in the
/// outbox are not sent. Every session here is scheduled, moved and cancelled through the use cases themselves.
/// </summary>
public abstract class SessionNotificationsTests<TApp>(TApp app) : EmailTestBase<TApp>(app) where TApp : AcademyApp
{
    private const string Helsinki = "Europe/Helsinki";

    /// <summary>A session the instructor schedules to start about <paramref name="fromNow"/> from now (Helsinki time, to the minute).</summary>
    private async Task<int> ScheduleAsync(Person instructor, string cohort, TimeSpan fromNow, string title = "Guest talk", string? place = null)
    {
        var starts = ToTheMinute(ZonedTime.Local(DateTimeOffset.UtcNow + fromNow, Helsinki));
        return await App.SendAsAsync(instructor.Id, new ScheduleSession(cohort, title, "The agenda.", DateOnly.FromDateTime(starts.DateTime),
            TimeOnly.FromDateTime(starts.DateTime), EndOf(starts), "https://meet.example.com/guest-talk", place, null));
    }

    private Task MoveAsync(Person instructor, string cohort, int number, DateTimeOffset to, string title = "Guest talk")
    {
        var starts = ToTheMinute(ZonedTime.Local(to, Helsinki));
        return App.SendAsAsync(instructor.Id, new EditSession(cohort, number, title, "The agenda.", DateOnly.FromDateTime(starts.DateTime),
            TimeOnly.FromDateTime(starts.DateTime), EndOf(starts), "https://meet.example.com/guest-talk", null, null));
    }

    /// <summary>
    /// 90 minutes after the start, or the day's last second for a session starting late in the evening: a session is one
    /// day's, and the tests run at any hour.
    /// </summary>
    private static TimeOnly EndOf(DateTimeOffset starts) =>
        starts.AddMinutes(90).Date == starts.Date ? TimeOnly.FromDateTime(starts.AddMinutes(90).DateTime) : new TimeOnly(23, 59, 59);

    private static DateTimeOffset ToTheMinute(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMinute));

    /// <summary>The session as the reminder job sees it (nobody signed in).</summary>
    private Task<LiveSessionInfo> UpcomingAsync(string cohort, int number) =>
        App.WithScopeAsync(async services => (await services.GetRequiredService<MediatR.IMediator>()
                .Send(new GetUpcomingSessions(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(4))))
            .Single(session => session.CohortSlug == cohort && session.Number == number));

    private Task<TimeSpan?> RemindAsync(LiveSessionInfo session, DateTimeOffset now) =>
        App.WithScopeAsync(services => services.GetRequiredService<SessionReminders>().RemindAsync(session, now, CancellationToken.None));

    [Fact]
    public async Task A_session_scheduled_moved_or_cancelled_is_told_to_every_member_but_the_instructor_who_did_it_and_e_mailed_at_once()
    {
        var (instructor, first, second) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("First Learner"), await NewPersonAsync("Second Learner"));
        var cohort = await CohortAsync(instructor, first, second);
        await ChooseAsync(second, NotificationKind.SessionChange, Academy.Web.Email.EmailDelivery.InApp);

        var number = await ScheduleAsync(instructor, cohort, TimeSpan.FromDays(3), place: "Room 101");
        var scheduled = await UpcomingAsync(cohort, number);
        var (start, end) = (ZonedTime.Local(scheduled.StartsAt, Helsinki).DateTime, ZonedTime.Local(scheduled.EndsAt, Helsinki).DateTime);
        await App.SendAsAsync(instructor.Id, new EditSession(cohort, number, "Guest talk", "A better agenda.", DateOnly.FromDateTime(start),
            TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end), "https://meet.example.com/guest-talk", "Room 101", null)); // the same time: nobody is told
        await MoveAsync(instructor, cohort, number, DateTimeOffset.UtcNow.AddDays(4));
        await App.SendAsAsync(instructor.Id, new CancelSession(cohort, number, Confirmed: true));

        var told = await NotificationsOfAsync(first);
        Assert.Equal(3, told.Count);
        Assert.Matches(@"^New live session “Guest talk”: \w+day \d+ \w+ \d{4}, \d\d:\d\d–\d\d:\d\d Helsinki time \(EES?T\)$", told[0]);
        Assert.StartsWith("Live session “Guest talk” moved to ", told[1]);
        Assert.Matches("^Live session “Guest talk” on .* is cancelled$", told[2]);
        Assert.Equal(told, await NotificationsOfAsync(second));
        Assert.Empty(await NotificationsOfAsync(instructor));

        var mail = await MailToAsync(first);
        Assert.Equal(told.Order(), mail.Select(m => m.Subject).Order()); // the pickup folder keeps no order
        var announced = mail.Single(m => m.Subject == told[0]);
        Assert.Contains("Where: Room 101", announced.Text);
        Assert.Contains("Join online: https://meet.example.com/guest-talk", announced.Text);
        Assert.Equal($"/cohorts/{cohort}/sessions/{number}", PathOf(announced.Html.Split("href=\"").Skip(1).Select(link => link[..link.IndexOf('"')])
            .First(link => link.Contains("/sessions/", StringComparison.Ordinal))));
        Assert.Empty(await MailToAsync(second)); // chose the app only
        Assert.Empty(await MailToAsync(instructor));
    }

    [Fact]
    public async Task Each_member_reads_of_the_session_in_their_own_language_and_time_zone_in_the_app_and_by_e_mail()
    {
        var (instructor, helsinki, newYork) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Aino in Helsinki"), await NewPersonAsync("Noah in New York"));
        var cohort = await CohortAsync(instructor, helsinki, newYork);
        var saved = await newYork.Client.SubmitAsync("/Account/Manage", "language-and-zone",
            new Dictionary<string, string> { ["Input.Language"] = "fi", ["Input.TimeZone"] = "America/New_York" });
        Assert.Equal("/Account/Manage?saved=language", saved.RedirectedTo);

        var number = await ScheduleAsync(instructor, cohort, TimeSpan.FromDays(3), place: "Room 101");
        var session = await UpcomingAsync(cohort, number);

        var (inHelsinki, inNewYork) = (ZonedTime.Local(session.StartsAt, Helsinki), ZonedTime.Local(session.StartsAt, "America/New_York"));
        var english = Assert.Single(await NotificationsOfAsync(helsinki));
        var finnish = Assert.Single(await NotificationsOfAsync(newYork));
        Assert.Contains($", {inHelsinki:HH:mm}–", english);
        Assert.Matches(@"Helsinki time \(EES?T\)$", english);
        Assert.StartsWith("Uusi live-tapaaminen ”Guest talk”: ", finnish);
        Assert.Contains($" klo {inNewYork.ToString("H.mm", System.Globalization.CultureInfo.InvariantCulture)}–", finnish);
        Assert.Matches(@"\(New York, E[SD]T\)$", finnish);

        var mail = Assert.Single(await MailToAsync(newYork));
        Assert.Equal(finnish, mail.Subject);
        Assert.Contains("Paikka: Room 101", mail.Text);
        Assert.Contains("Liity verkossa: https://meet.example.com/guest-talk", mail.Text);
        Assert.Contains("Katso live-tapaaminen", mail.Text);
        Assert.Contains("Lopeta nämä viestit", mail.Text);
        Assert.Contains("<html lang=\"fi\">", mail.Html);
        Assert.Contains("Stop these e-mails", Assert.Single(await MailToAsync(helsinki)).Text);
    }

    [Fact]
    public async Task A_session_is_reminded_a_day_and_an_hour_before_once_each_again_at_its_new_time_and_not_after_it_started()
    {
        var (instructor, learner, absent) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Punctual Learner"), await NewPersonAsync("Absent Learner"));
        var cohort = await CohortAsync(instructor, learner, absent);
        var number = await ScheduleAsync(instructor, cohort, TimeSpan.FromHours(30));
        await App.SendAsAsync(absent.Id, new AnswerSession(cohort, number, RsvpAnswer.NotGoing));
        var session = await UpcomingAsync(cohort, number);
        var startsAt = session.StartsAt;

        var leads = new List<TimeSpan?>
        {
            await RemindAsync(session, startsAt.AddHours(-30)), // too early
            await RemindAsync(session, startsAt.AddHours(-23)),
            await RemindAsync(session, startsAt.AddHours(-22)), // the same reminder again: nobody told twice
            await RemindAsync(session, startsAt.AddMinutes(-50)),
            await RemindAsync(session, startsAt.AddMinutes(10)), // started
        };
        await MoveAsync(instructor, cohort, number, startsAt.AddDays(2));
        var moved = await UpcomingAsync(cohort, number);
        leads.Add(await RemindAsync(moved, moved.StartsAt.AddHours(-2))); // moved: its day-before reminder is due again

        Assert.Equal([null, TimeSpan.FromHours(24), TimeSpan.FromHours(24), TimeSpan.FromHours(1), null, TimeSpan.FromHours(24)], leads);
        var reminders = (await NotificationsOfAsync(learner)).Where(text => !text.StartsWith("New live session", StringComparison.Ordinal)
            && !text.Contains(" moved to ", StringComparison.Ordinal)).ToList();
        Assert.Collection(reminders,
            text => Assert.Matches(@"^Live session “Guest talk” is coming up: \w+day \d+ \w+ \d{4}, \d\d:\d\d–\d\d:\d\d Helsinki time \(EES?T\)$", text),
            text => Assert.StartsWith("Live session “Guest talk” starts within the hour: ", text),
            text => Assert.StartsWith("Live session “Guest talk” is coming up: ", text));
        Assert.Equal(reminders.Order(), (await MailToAsync(learner)).Select(mail => mail.Subject).Where(reminders.Contains).Order());
        Assert.Equal(2, (await NotificationsOfAsync(absent)).Count); // scheduled and moved: not going, so never reminded
        Assert.Equal(3, (await NotificationsOfAsync(instructor)).Count); // instructors are reminded too
    }

    [Fact]
    public async Task The_reminder_job_reminds_of_sessions_starting_within_a_day_and_a_cancellation_withdraws_what_is_still_in_the_outbox()
    {
        var (instructor, learner) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Waiting Learner"));
        var cohort = await CohortAsync(instructor, learner);
        var soon = await ScheduleAsync(instructor, cohort, TimeSpan.FromMinutes(40), "Starting soon");
        await ScheduleAsync(instructor, cohort, TimeSpan.FromDays(3), "Next week");
        await MailToAsync(learner); // the announcements of both go out

        await App.WithScopeAsync(services => services.GetRequiredService<SessionReminders>().RemindOfUpcomingAsync(CancellationToken.None));
        Assert.Contains(await NotificationsOfAsync(learner), text => text.StartsWith("Live session “Starting soon” starts within the hour: ", StringComparison.Ordinal));
        Assert.DoesNotContain(await NotificationsOfAsync(learner), text => text.StartsWith("Live session “Next week” is", StringComparison.Ordinal));

        await App.SendAsAsync(instructor.Id, new CancelSession(cohort, soon, Confirmed: true));

        var mail = await MailToAsync(learner);
        Assert.DoesNotContain(mail, m => m.Subject.Contains("within the hour", StringComparison.Ordinal));
        Assert.Contains(mail, m => m.Subject.StartsWith("Live session “Starting soon” on ", StringComparison.Ordinal) && m.Subject.EndsWith(" is cancelled", StringComparison.Ordinal));
        Assert.Contains(await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.UserId == learner.Id).Select(m => m.Status).ToListAsync()),
            status => status == Academy.Web.Email.OutboxStatus.Withdrawn);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSessionNotificationsTests(SqliteApp app) : SessionNotificationsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSessionNotificationsTests(PostgresApp app) : SessionNotificationsTests<PostgresApp>(app);
