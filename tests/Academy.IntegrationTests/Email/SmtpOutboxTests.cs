using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Web.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Email;

/// <summary>
/// The outbox delivered to a real SMTP server (smtp4dev) and read back through its API: who got what, what the
/// messages look like, links that open the thing itself, one-click unsubscribe headers that work, and nothing twice
/// after failed attempts, retries and two senders at once.
/// </summary>
public abstract class SmtpOutboxTests(string provider)
{
    private static async Task<(AcademyClient Client, string Id, string Email)> PersonAsync(AcademyApp app, string name)
    {
        var (client, id) = await app.NewLearnerAsync(name);
        return (client, id, await app.WithDbAsync(db => db.Users.Where(user => user.Id == id).Select(user => user.Email!).SingleAsync()));
    }

    private static async Task<string> AnnounceAsync(AcademyClient instructor, string cohort, string title)
    {
        var started = await instructor.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=announcements", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = "Read this **before** Monday." });
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        return started.RedirectedTo!.Split('?')[0];
    }

    [Fact]
    public async Task Messages_reach_a_real_smtp_server_as_html_and_text_to_every_member_but_the_author_with_a_working_link_and_one_click_unsubscribe()
    {
        await using var site = await AppWithSmtp.StartAsync(provider);
        var instructor = await PersonAsync(site.App, "Teaching Person");
        var learners = new[] { await PersonAsync(site.App, "First Learner"), await PersonAsync(site.App, "Second Learner") };
        var cohort = await site.App.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(instructor.Id, CohortRole.Instructor), .. learners.Select(learner => (learner.Id, CohortRole.Learner))]);
        var thread = await AnnounceAsync(instructor.Client, cohort, "Reading for Monday");

        Assert.Equal(2, await site.App.DeliverMailAsync());

        var arrived = await site.Smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(10));
        Assert.Equal(learners.Select(learner => learner.Email).Order(), arrived.Select(mail => mail.To).Order());
        var ids = await site.App.WithDbAsync(db => db.OutboxMessages.Where(m => m.Topic == "Announcement").Select(m => m.Id).ToListAsync());
        Assert.Equal(ids.Select(id => $"{id:N}@academy.example.edu").Order(), arrived.Select(mail => mail.MessageId).Order()); // one Message-ID per outbox row
        foreach (var (learner, mail) in learners.Select(learner => (learner, arrived.Single(mail => mail.To == learner.Email))))
        {
            Assert.Equal("New announcement from Teaching Person: “Reading for Monday”", mail.Subject);
            Assert.True(mail.IsMultipartAlternative);
            Assert.StartsWith("Hello ", mail.Text);
            Assert.Contains("background:#1f4e79", mail.Html); // the site's look: its deep blue button
            Assert.Contains($"href=\"{AcademyApp.PublicUrl}{thread}", mail.Html);
            Assert.All(mail.Links, link => Assert.StartsWith(AcademyApp.PublicUrl + "/", link));
            var opened = await learner.Client.GetAsync(new Uri(mail.Links[0]).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, opened.Status);
            Assert.Equal("Reading for Monday", opened.Heading);
            Assert.Equal("List-Unsubscribe=One-Click", mail.ListUnsubscribePost);
        }

        // The first learner's mail program posts the one-click unsubscribe; the second's choice stays.
        var first = arrived.Single(mail => mail.To == learners[0].Email);
        using var mailProgram = site.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var unsubscribed = await mailProgram.PostAsync(new Uri(first.UnsubscribeUrl!).PathAndQuery,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        await AnnounceAsync(instructor.Client, cohort, "Second reading");
        Assert.Equal(1, await site.App.DeliverMailAsync());
        var all = await site.Smtp.WaitForMessagesAsync(3, TimeSpan.FromSeconds(10));
        Assert.Equal(3, all.Count);
        Assert.Equal(learners[1].Email, all.Single(mail => mail.Subject.Contains("Second reading")).To);
        Assert.Equal(EmailDelivery.InApp, await site.App.WithDbAsync(db => db.EmailPreferences
            .Where(p => p.UserId == learners[0].Id && p.Kind == NotificationKind.Announcement).Select(p => p.Delivery).SingleAsync()));
    }

    [Fact]
    public async Task While_the_server_is_down_nothing_is_lost_each_message_waits_longer_and_after_a_forced_retry_by_two_senders_nothing_arrives_twice()
    {
        await using var site = await AppWithSmtp.StartAsync(provider);
        var instructor = await PersonAsync(site.App, "Teaching Person");
        var learners = new[] { await PersonAsync(site.App, "First Learner"), await PersonAsync(site.App, "Second Learner"), await PersonAsync(site.App, "Third Learner") };
        var cohort = await site.App.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(instructor.Id, CohortRole.Instructor), .. learners.Select(learner => (learner.Id, CohortRole.Learner))]);
        site.StopSmtp();

        await AnnounceAsync(instructor.Client, cohort, "Sent during an outage");
        using (var visitor = site.App.CreateAcademyClient())
        {
            await visitor.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = learners[0].Email });
        }

        Task<List<OutboxMessage>> RowsAsync() => site.App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());
        Assert.Equal(0, await site.App.DeliverMailAsync());
        var afterFirst = await RowsAsync();
        Assert.Equal(4, afterFirst.Count); // three announcements and a reset link, none lost
        Assert.All(afterFirst, row => Assert.Equal(OutboxStatus.Pending, row.Status));
        var tried = Assert.Single(afterFirst, row => row.Attempts == 1); // the server unreachable: the run stops at the first, the rest untouched
        Assert.NotNull(tried.LastError);
        Assert.InRange(tried.NextAttemptAt - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(31));

        Assert.Equal(0, await site.App.DeliverMailAsync()); // the next run tries the next one
        await site.App.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == tried.Id)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptAt, DateTimeOffset.UtcNow.AddHours(-1)))); // its wait is over: first in line again
        Assert.Equal(0, await site.App.DeliverMailAsync());
        var twice = (await RowsAsync()).Single(row => row.Id == tried.Id);
        Assert.Equal(2, twice.Attempts);
        Assert.InRange(twice.NextAttemptAt - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(61)); // twice as long

        // The server is back; every wait is cut short, and two senders (two instances) go at once, then once more.
        await site.StartSmtpAgainAsync();
        await site.App.WithDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        var sent = await Task.WhenAll(Task.Run(site.App.DeliverMailAsync), Task.Run(site.App.DeliverMailAsync));
        Assert.Equal(0, await site.App.DeliverMailAsync());

        Assert.Equal(4, sent.Sum());
        var arrived = await site.Smtp.WaitForMessagesAsync(4, TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(1));
        arrived = await site.Smtp.MessagesAsync();
        Assert.Equal(4, arrived.Count);
        Assert.Equal(4, arrived.Select(mail => mail.MessageId).Distinct().Count());
        foreach (var learner in learners)
        {
            Assert.Single(arrived, mail => mail.To == learner.Email && mail.Subject == "New announcement from Teaching Person: “Sent during an outage”");
        }

        Assert.Single(arrived, mail => mail.To == learners[0].Email && mail.Subject == "Reset your Academy password");
        Assert.Null(arrived.Single(mail => mail.Subject == "Reset your Academy password").ListUnsubscribe); // an account e-mail offers no unsubscribe
        Assert.All(await RowsAsync(), row =>
        {
            Assert.Equal(OutboxStatus.Sent, row.Status);
            Assert.Empty(row.TextBody); // the reset link does not outlive its delivery
        });
    }
}

public sealed class SqliteSmtpOutboxTests() : SmtpOutboxTests("Sqlite");

public sealed class PostgresSmtpOutboxTests() : SmtpOutboxTests("Postgres");
