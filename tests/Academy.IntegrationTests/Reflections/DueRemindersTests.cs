using System.Globalization;
using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Email;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Reflections;

/// <summary>
/// "Your reflection is due in 48 hours and not submitted yet": computed from the schedule when the job runs, once per
/// learner, assignment and due date; a moved date moves it, a submission cancels it, even one waiting in the outbox.
/// </summary>
public abstract class DueRemindersTests<TApp>(TApp app) : EmailTestBase<TApp>(app) where TApp : AcademyApp
{
    /// <summary>A cohort this far in has no reflection due in the next days (module n is due 7n days from the start), until a test moves one.</summary>
    private static readonly DateOnly QuietStart = Arrange.Today.AddDays(-31);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The instructor moves module 1's first assignment ("My list of reasons") on the deadlines page.</summary>
    private static async Task MoveDueDateAsync(Person instructor, string cohort, DateOnly dueOn)
    {
        var saved = await instructor.Client.SubmitAsync($"/cohorts/{cohort}/reflections/deadlines", "dates",
            new Dictionary<string, string> { ["Dates.Rows[0].DueOn"] = Iso(dueOn) });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
    }

    private static async Task SubmitAsync(Person learner, string cohort)
    {
        var submitted = await learner.Client.SubmitAsync($"/cohorts/{cohort}/reflections/my-reasons", "reflection",
            new Dictionary<string, string> { ["Input.Body"] = "My reasons, in time.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
    }

    private Task<int> RemindAsync() => App.WithScopeAsync(services => services.GetRequiredService<DueReminders>().RemindAsync(CancellationToken.None));

    private Task<List<string>> RemindersOfAsync(Person learner) =>
        App.WithDbAsync(db => db.Notifications.Where(n => n.UserId == learner.Id && n.Kind == NotificationKind.ReflectionDue).OrderBy(n => n.CreatedAt).Select(n => n.Text).ToListAsync());

    [Fact]
    public async Task A_reflection_due_in_48_hours_and_not_submitted_is_reminded_once_in_the_app_and_by_e_mail_and_a_submitted_one_is_not()
    {
        var (instructor, waiting, done) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Not Yet"), await NewPersonAsync("Already Done"));
        var cohort = await CohortAsync(QuietStart, instructor, waiting, done);
        var dueOn = Arrange.Today.AddDays(1);
        await MoveDueDateAsync(instructor, cohort, dueOn);
        await SubmitAsync(done, cohort);

        await RemindAsync();
        await RemindAsync(); // the job runs every hour: once is enough

        var expected = $"Your reflection “My list of reasons” is due on {dueOn:d MMMM} and is not submitted yet";
        Assert.Equal([expected], await RemindersOfAsync(waiting));
        var mail = Assert.Single(await MailToAsync(waiting));
        Assert.Equal(expected, mail.Subject);
        Assert.Contains("Write your reflection", mail.Text);
        var opened = await waiting.Client.GetAsync(PathOf(mail.Links[0]));
        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Equal($"/cohorts/{cohort}/reflections/my-reasons", new Uri(mail.Links[0]).AbsolutePath);
        Assert.Empty(await RemindersOfAsync(done));
        Assert.Empty(await MailToAsync(done));
        Assert.Empty(await MailToAsync(instructor));
    }

    [Fact]
    public async Task A_moved_due_date_moves_the_reminder_and_a_date_far_enough_away_has_none_yet()
    {
        var (instructor, learner) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Moving Target"));
        var cohort = await CohortAsync(QuietStart, instructor, learner);

        await MoveDueDateAsync(instructor, cohort, Arrange.Today.AddDays(5));
        await RemindAsync();
        Assert.Empty(await RemindersOfAsync(learner));

        await MoveDueDateAsync(instructor, cohort, Arrange.Today.AddDays(1));
        await RemindAsync();
        await MoveDueDateAsync(instructor, cohort, Arrange.Today); // moved again, still within 48 hours of its new end
        await RemindAsync();
        await RemindAsync();

        Assert.Equal(
            [$"Your reflection “My list of reasons” is due on {Arrange.Today.AddDays(1):d MMMM} and is not submitted yet",
             $"Your reflection “My list of reasons” is due on {Arrange.Today:d MMMM} and is not submitted yet"],
            await RemindersOfAsync(learner));
        Assert.Equal(2, (await MailToAsync(learner)).Count);
    }

    [Fact]
    public async Task A_reminder_waiting_in_the_outbox_is_not_sent_once_the_reflection_is_submitted_nor_after_its_due_moment()
    {
        var (instructor, submits, outage) = (await NewPersonAsync("Teaching Person"), await NewPersonAsync("Submits Quickly"), await NewPersonAsync("Long Outage"));
        var cohort = await CohortAsync(QuietStart, instructor, submits, outage);
        await MoveDueDateAsync(instructor, cohort, Arrange.Today.AddDays(1));
        await RemindAsync(); // written to the outbox, not yet delivered

        await SubmitAsync(submits, cohort);
        await App.WithDbAsync(db => db.OutboxMessages.Where(message => message.UserId == outage.Id)
            .ExecuteUpdateAsync(message => message.SetProperty(m => m.SendBefore, DateTimeOffset.UtcNow.AddMinutes(-1)))); // as if the server were away past the due date

        Assert.Empty(await MailToAsync(submits));
        Assert.Empty(await MailToAsync(outage));
        Assert.Equal([Academy.Web.Email.OutboxStatus.Withdrawn, Academy.Web.Email.OutboxStatus.Withdrawn],
            await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.UserId == submits.Id || m.UserId == outage.Id).Select(m => m.Status).ToListAsync()));
        Assert.Single(await RemindersOfAsync(outage)); // the app still says it
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDueRemindersTests(SqliteApp app) : DueRemindersTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDueRemindersTests(PostgresApp app) : DueRemindersTests<PostgresApp>(app);
