using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Academy.Web.Identity;

internal sealed class EmailOptions
{
    public string From { get; set; } = "Academy <no-reply@academy.test>";

    /// <summary>When no SMTP host is set, messages are written as .eml files here (relative to the app's folder).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
}

/// <summary>
/// Sends e-mail with the framework's SMTP client; without an SMTP host (Development) each message lands as
/// an .eml file in the pickup folder, where any mail program opens it.
/// </summary>
internal sealed class Mailer(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<Mailer> logger) : Academy.Shared.Email.IEmailOutbox
{
    public async Task SendAsync(string to, string subject, string body)
    {
        var settings = options.Value;
        using var message = new MailMessage(MailAddress.TryCreate(settings.From, out var from) ? from : new MailAddress("no-reply@academy.test"),
            new MailAddress(to))
        {
            Subject = subject,
            Body = body.ReplaceLineEndings("\r\n"), // e-mail lines end in CRLF
            BodyEncoding = System.Text.Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable, // .eml files stay readable
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = settings.SmtpHost;
            client.Port = settings.SmtpPort;
            client.EnableSsl = true;
        }

        await client.SendMailAsync(message);
        logger.LogInformation("Sent \"{Subject}\" by {Delivery}", subject, client.DeliveryMethod);
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
