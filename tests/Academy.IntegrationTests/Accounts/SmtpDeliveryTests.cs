using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Accounts;

/// <summary>
/// The app sends a password-reset e-mail through a real SMTP server (smtp4dev) that requires TLS and
/// authentication and refuses any other credentials, configured only by the settings a deployment sets.
/// The app trusts the server's test certificate through <c>SSL_CERT_FILE</c>, as it would a private CA.
/// </summary>
public sealed class SmtpDeliveryTests
{
    [Theory]
    [InlineData("StartTls", "StartTls")]
    [InlineData("ImplicitTls", "SslOnConnect")]
    public async Task A_reset_e_mail_goes_through_an_smtp_server_that_requires_tls_and_a_password(string serverTls, string appSecurity)
    {
        using var smtp = await Smtp4dev.StartAsync(serverTls);
        using var app = AppProcess.OnSqlite()
            .With("Email__SmtpHost", "localhost")
            .With("Email__SmtpPort", smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Email__SmtpSecurity", appSecurity)
            .With("Email__SmtpUserName", Smtp4dev.UserName)
            .With("Email__SmtpPassword", smtp.Password)
            .With("Email__SmtpTimeoutSeconds", "10")
            .With("SSL_CERT_FILE", smtp.CertificateFile);
        await app.StartAsync();
        using var visitor = app.CreateClient();

        var asked = await visitor.SubmitAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = "learner1@academy.test" });

        Assert.NotEqual(HttpStatusCode.InternalServerError, asked.Status);
        var subject = await smtp.SubjectOfMessageToAsync("learner1@academy.test", TimeSpan.FromSeconds(30));
        Assert.True(subject == "Reset your Academy password",
            $"No reset e-mail arrived.{Environment.NewLine}app:{Environment.NewLine}{string.Join(Environment.NewLine, app.Output())}" +
            $"{Environment.NewLine}smtp4dev:{Environment.NewLine}{string.Join(Environment.NewLine, smtp.Output())}");
        Assert.Contains(smtp.Output(), line => line.Contains($"SMTP authentication successful. Username: {Smtp4dev.UserName}", StringComparison.Ordinal));
    }
}
