using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Academy.Web.Email;

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

    /// <summary>Whether this instance runs the outbox sender (on one instance at a time of however many share the database).</summary>
    public bool DeliverOutbox { get; set; } = true;

    /// <summary>The wait after a message's first failed attempt; each further failure doubles it, up to an hour.</summary>
    public int OutboxRetrySeconds { get; set; } = 30;

    /// <summary>Attempts after which a message is given up (about a day with the default wait).</summary>
    public int OutboxMaxAttempts { get; set; } = 30;
}

internal enum SmtpSecurity
{
    StartTls,
    SslOnConnect,
    None,
}

/// <summary>
/// Hands finished messages to the world: over SMTP with MailKit, or, without an SMTP host (Development), as .eml
/// files in the pickup folder, where any mail program opens them. One connection serves a run of the outbox sender.
/// </summary>
internal sealed class Mailer(IOptions<EmailOptions> options, IHostEnvironment environment, Academy.Shared.Telemetry.AcademyMetrics metrics)
{
    // E-mail lines end in CRLF, on the wire and in .eml files alike.
    private static readonly FormatOptions EmailFormat = new() { NewLineFormat = NewLineFormat.Dos };

    public MailboxAddress Sender => MailboxAddress.TryParse(options.Value.From, out var from) ? from : new MailboxAddress("Academy", "no-reply@academy.test");

    /// <summary>Connects (and authenticates) to the SMTP server, or opens the pickup folder.</summary>
    public async Task<IMailConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            return new PickupFolder(folder, metrics);
        }

        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.SmtpTimeoutSeconds).TotalMilliseconds };
        try
        {
            using var timeout = Timeout(settings, cancellationToken);
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

            return new SmtpConnection(client, settings, metrics);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static CancellationTokenSource Timeout(EmailOptions settings, CancellationToken cancellationToken)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.SmtpTimeoutSeconds));
        return timeout;
    }

    private sealed class SmtpConnection(SmtpClient client, EmailOptions settings, Academy.Shared.Telemetry.AcademyMetrics metrics) : IMailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            using var timeout = Timeout(settings, cancellationToken);
            await client.SendAsync(EmailFormat, message, timeout.Token);
            metrics.EmailSent("smtp"); // accepted by the server
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.SmtpTimeoutSeconds));
                    await client.DisconnectAsync(quit: true, timeout.Token);
                }
            }
            catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or OperationCanceledException or System.Net.Sockets.SocketException)
            {
                // What was accepted stays accepted; a failed QUIT changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }

    /// <summary>Writes each message as <c>{Message-ID}.eml</c>: sending a message again overwrites its file, so the folder never holds it twice.</summary>
    private sealed class PickupFolder(string folder, Academy.Shared.Telemetry.AcademyMetrics metrics) : IMailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var name = new string((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
            await message.WriteToAsync(EmailFormat, Path.Combine(folder, $"{name}.eml"), cancellationToken);
            metrics.EmailSent("pickup");
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>An open way out for messages: an SMTP session, or the pickup folder.</summary>
internal interface IMailConnection : IAsyncDisposable
{
    /// <summary>Returns once the server has accepted the message (or the file is written).</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
