using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Email;

/// <summary>
/// The app as its own process, its outbox sender running as in production (here every second, first retry after a
/// second), while the SMTP server it is configured with is down: people act, the e-mails wait, the server comes back
/// on its port, and every message arrives exactly once.
/// </summary>
public abstract class OutboxOutageTests(string provider)
{
    private static readonly string[] Learners = Enumerable.Range(1, 8).Select(n => $"learner{n}@academy.test").ToArray();

    [Fact]
    public async Task An_smtp_outage_of_a_while_loses_no_message_and_once_the_server_is_back_sends_none_twice()
    {
        var smtpPort = AppProcess.FreePort(); // nothing listens there yet
        using var app = (provider == "Sqlite" ? AppProcess.OnSqlite() : AppProcess.OnPostgres())
            .With("Email__SmtpHost", "localhost")
            .With("Email__SmtpPort", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Email__SmtpSecurity", "None")
            // The default. This test is about an outage (connections refused), not a slow answer: a server that has just
            // started, beside the other suites, can take more than 5 s to acknowledge its first message, and a message the
            // client gave up on after the server took it is sent again (SMTP delivers at least once).
            .With("Email__SmtpTimeoutSeconds", "30")
            .With("Email__OutboxRetrySeconds", "1");
        await app.StartAsync();
        using var instructor = app.CreateClient();
        await instructor.SignInAsync("instructor@academy.test");

        // During the outage: an announcement to the demo cohort's eight learners, and two password resets.
        var started = await instructor.SubmitAsync("/cohorts/mba-2026/discussions/new?space=announcements", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Written while mail is down", ["Input.Body"] = "You will get this once." });
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        using var visitor = app.CreateClient();
        foreach (var learner in Learners.Take(2))
        {
            await visitor.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = learner });
        }

        await Task.Delay(TimeSpan.FromSeconds(8)); // the sender runs every second and finds the server away

        using var smtp = await Smtp4dev.StartPlainAsync(smtpPort);
        var arrived = await smtp.WaitForMessagesAsync(10, TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(5)); // long enough for any second copy to follow
        arrived = await smtp.MessagesAsync();

        Assert.True(arrived.Count == 10, $"{arrived.Count} messages arrived:{Environment.NewLine}{string.Join(Environment.NewLine, arrived.Select(mail => $"{mail.To}: {mail.Subject}"))}"
            + $"{Environment.NewLine}app:{Environment.NewLine}{string.Join(Environment.NewLine, app.Output())}");
        foreach (var learner in Learners)
        {
            Assert.Single(arrived, mail => mail.To == learner && mail.Subject == "New announcement from Elina Saarinen: “Written while mail is down”");
        }

        Assert.Equal(Learners.Take(2), arrived.Where(mail => mail.Subject == "Reset your Academy password").Select(mail => mail.To).Order());
        Assert.Equal(10, arrived.Select(mail => mail.MessageId).Distinct().Count());
    }
}

public sealed class SqliteOutboxOutageTests() : OutboxOutageTests("Sqlite");

public sealed class PostgresOutboxOutageTests() : OutboxOutageTests("Postgres");
