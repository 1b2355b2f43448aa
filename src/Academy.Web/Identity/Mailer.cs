using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Academy.Web.Identity;

internal sealed class EmailOptions
{
    public string From { get; set; } = "Academy <no-reply@academy.test>";

    /// <summary>When no SMTP host is set, messages are written as .eml files here (relative to the app's folder).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;

    /// <summary>How the connection is secured: <c>StartTls</c> (required, the default), <c>SslOnConnect</c> (implicit TLS, port 465) or <c>None</c>.</summary>
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Without a user name the server is not asked to authenticate.</summary>
    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>How long connecting, each SMTP command and the whole send may take.</summary>
    public int SmtpTimeoutSeconds { get; set; } = 30;
}

internal enum SmtpSecurity
{
    StartTls,
    SslOnConnect,
    None,
}

/// <summary>
/// Sends e-mail over SMTP with MailKit; without an SMTP host (Development) each message lands as an .eml file
/// in the pickup folder, where any mail program opens it.
/// </summary>
internal sealed class Mailer(IOptions<EmailOptions> options, IHostEnvironment environment, Academy.Shared.Telemetry.AcademyMetrics metrics, ILogger<Mailer> logger)
    : Academy.Shared.Email.IEmailOutbox
{
    // E-mail lines end in CRLF, on the wire and in .eml files alike.
    private static readonly FormatOptions EmailFormat = new() { NewLineFormat = NewLineFormat.Dos };

    public async Task SendAsync(string to, string subject, string body)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.TryParse(settings.From, out var from) ? from : new MailboxAddress("Academy", "no-reply@academy.test"));
        message.To.Add(new MailboxAddress(string.Empty, to));
        message.Subject = subject;
        message.Body = new TextPart(TextFormat.Plain)
        {
            Text = body,
            ContentTransferEncoding = ContentEncoding.QuotedPrintable, // .eml files stay readable
        };

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.SmtpTimeoutSeconds));
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            await message.WriteToAsync(EmailFormat, Path.Combine(folder, $"{Guid.NewGuid():N}.eml"), timeout.Token);
            metrics.EmailSent("pickup");
            logger.LogInformation("Wrote \"{Subject}\" to the pickup folder", subject);
            return;
        }

        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.SmtpTimeoutSeconds).TotalMilliseconds };
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.SmtpSecurity switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        }, timeout.Token);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, timeout.Token);
        }

        await client.SendAsync(EmailFormat, message, timeout.Token);
        metrics.EmailSent("smtp"); // accepted by the server; the disconnect below does not change that
        await client.DisconnectAsync(quit: true, timeout.Token);
        logger.LogInformation("Sent \"{Subject}\" by SMTP through {Host}", subject, settings.SmtpHost);
    }
}

/// <summary>The account e-mails Identity asks for, written for people.</summary>
internal sealed class AcademyEmailSender(Mailer mailer) : IEmailSender<AcademyUser>
{
    public Task SendConfirmationLinkAsync(AcademyUser user, string email, string confirmationLink) =>
        mailer.SendAsync(email, "Confirm your Academy account",
            $"Hello {user.DisplayName},\n\nConfirm your account by opening this link:\n{confirmationLink}\n");

    public Task SendPasswordResetLinkAsync(AcademyUser user, string email, string resetLink) =>
        mailer.SendAsync(email, "Reset your Academy password",
            $"Hello {user.DisplayName},\n\nSomeone (hopefully you) asked to reset your Academy password. " +
            $"Choose a new one here:\n{resetLink}\n\nIf it was not you, ignore this message: your password stays as it is.\n");

    public Task SendPasswordResetCodeAsync(AcademyUser user, string email, string resetCode) =>
        mailer.SendAsync(email, "Your Academy password reset code", $"Hello {user.DisplayName},\n\nYour reset code: {resetCode}\n");
}
