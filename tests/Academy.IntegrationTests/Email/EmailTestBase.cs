using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Web.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Email;

/// <summary>What the e-mail tests share: people with their addresses, their e-mail choices made on the account page, and the mail they got.</summary>
public abstract class EmailTestBase<TApp>(TApp app) where TApp : AcademyApp
{
    protected TApp App => app;

    protected sealed record Person(AcademyClient Client, string Id, string Email, string Name);

    /// <summary>A new account, signed in on its own client.</summary>
    protected async Task<Person> NewPersonAsync(string name)
    {
        var (client, id) = await app.NewLearnerAsync(name);
        var email = await app.WithDbAsync(db => db.Users.Where(user => user.Id == id).Select(user => user.Email!).SingleAsync());
        return new Person(client, id, email, name);
    }

    /// <summary>A cohort that started two weeks ago, taught by <paramref name="instructor"/>, with these learners.</summary>
    protected Task<string> CohortAsync(Person instructor, params Person[] learners) => CohortAsync(Arrange.Today.AddDays(-14), instructor, learners);

    protected Task<string> CohortAsync(DateOnly startsOn, Person instructor, params Person[] learners) =>
        app.NewCohortAsync(startsOn, members: [(instructor.Id, CohortRole.Instructor), .. learners.Select(learner => (learner.Id, CohortRole.Learner))]);

    /// <summary>The person chooses on their account page, as they would.</summary>
    protected static async Task ChooseAsync(Person person, NotificationKind kind, EmailDelivery delivery)
    {
        var saved = await person.Client.SubmitAsync("/Account/Manage", "email-preferences",
            new Dictionary<string, string> { [$"Choices[{kind}]"] = delivery.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("/Account/Manage?saved=email", saved.RedirectedTo);
    }

    protected Task<EmailDelivery?> ChoiceOfAsync(Person person, NotificationKind kind) =>
        app.WithDbAsync(db => db.EmailPreferences.Where(p => p.UserId == person.Id && p.Kind == kind).Select(p => (EmailDelivery?)p.Delivery).SingleOrDefaultAsync());

    /// <summary>Delivers the outbox now, then what the pickup folder holds for this person.</summary>
    protected async Task<IReadOnlyList<Mail>> MailToAsync(Person person) =>
        (await app.MailAsync()).Where(mail => mail.To.Equals(person.Email, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>What the app shows in the person's notifications.</summary>
    protected Task<List<string>> NotificationsOfAsync(Person person) =>
        app.WithDbAsync(db => db.Notifications.Where(n => n.UserId == person.Id).OrderBy(n => n.CreatedAt).Select(n => n.Text).ToListAsync());

    /// <summary>Publishes a notification as a module does after its save (each subscriber in a scope of its own).</summary>
    protected Task PublishAsync(MembersNotified notification) =>
        app.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IMediator>().Publish(notification);
            return 0;
        });

    /// <summary>As if these people's last digests went out two days ago; then the digest job runs.</summary>
    protected async Task SendDigestsAsync(params Person[] people)
    {
        var ids = people.Select(person => person.Id).ToList();
        await app.WithDbAsync(db => db.Users.Where(user => ids.Contains(user.Id))
            .ExecuteUpdateAsync(user => user.SetProperty(u => u.LastDigestAt, DateTimeOffset.UtcNow.AddDays(-2))));
        await app.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Startup.DailyDigests>().SendDueAsync(CancellationToken.None));
    }

    protected static async Task<string> StartThreadAsync(Person author, string cohort, string title, string body, string space = "lounge")
    {
        var started = await author.Client.SubmitAsync($"/cohorts/{cohort}/discussions/new?space={space}", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = body });
        Assert.True(started.Status == HttpStatusCode.Redirect, started.Text("[role=alert], .field-error"));
        return started.RedirectedTo!.Split('?')[0];
    }

    /// <summary>The path of an absolute link, after checking it leads to the configured public address and nowhere else.</summary>
    protected static string PathOf(string link)
    {
        Assert.StartsWith(AcademyApp.PublicUrl + "/", link);
        return new Uri(link).PathAndQuery;
    }
}
