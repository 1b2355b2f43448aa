using Academy.Shared.Jobs;
using Academy.Shared.Links;
using Academy.Web.Data;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Academy.Web.Email;

/// <summary>
/// Delivers the outbox, exactly once as far as a sender can. Each message is claimed before it is sent, by one
/// conditional UPDATE that moves its next attempt past the time a send can take (of senders asking at once, the
/// database lets one win); once the server has accepted it, it is marked sent at once, before anything else. The one
/// window in which a message can go out twice is a crash (or a lost database) between the server's acceptance and
/// that UPDATE, milliseconds: the claim then runs out and the message is sent again, with the same Message-ID
/// (<c>&lt;{id}@{public host}&gt;</c>) and Date, so a mail program can tell it is the same one. A failed attempt waits
/// <see cref="EmailOptions.OutboxRetrySeconds"/>, doubled after each further failure up to an hour, and is given up after
/// <see cref="EmailOptions.OutboxMaxAttempts"/>, or at once when the server refuses the message or its recipient for good
/// (5xx). When the server cannot be reached the run stops and the rest wait, untouched, for the next run: an outage
/// loses nothing and costs each waiting message nothing. Before sending, a notification's e-mail is checked against its
/// person again: one who since unsubscribed from its kind, or whose account was locked, does not get it.
/// </summary>
internal sealed class OutboxSender(AcademyDbContext db, Mailer mailer, LeaseHolder holder, PublicSite site, IOptions<EmailOptions> options,
    TimeProvider clock, ILogger<OutboxSender> logger)
{
    public const int BatchSize = 20;
    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);
    public static readonly TimeSpan KeepFinishedFor = TimeSpan.FromDays(30);
    private static DateTimeOffset lastCleanUp;

    /// <summary>How long a claim keeps other senders away: longer than connecting and sending one message can take.</summary>
    public TimeSpan ClaimFor => TimeSpan.FromSeconds(Math.Max(60, options.Value.SmtpTimeoutSeconds * 4));

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt: the first wait, doubled for each further failure, at most an hour.</summary>
    public static TimeSpan WaitAfter(int attempts, TimeSpan first) =>
        TimeSpan.FromTicks((long)Math.Min(first.Ticks * Math.Pow(2, Math.Max(0, attempts - 1)), LongestWait.Ticks));

    /// <summary>Sends what is due, batch after batch, until nothing is or the server cannot be reached; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        IMailConnection? connection = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow();
                var batch = await db.OutboxMessages.AsNoTracking()
                    .Where(message => message.Status == OutboxStatus.Pending && message.NextAttemptAt <= now)
                    .OrderBy(message => message.NextAttemptAt)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                var unwanted = await NoLongerWantedAsync(batch, cancellationToken);
                var claimedAny = false;
                foreach (var message in batch)
                {
                    if (!await ClaimAsync(message, cancellationToken))
                    {
                        continue; // another sender has it
                    }

                    claimedAny = true;
                    if (message.SendBefore is { } sendBefore && clock.GetUtcNow() >= sendBefore)
                    {
                        await FinishAsync(message, OutboxStatus.Withdrawn, "Not sent: too late to be of use (a reminder past its moment).");
                        continue;
                    }

                    if (unwanted.TryGetValue(message.Id, out var why))
                    {
                        await FinishAsync(message, OutboxStatus.Withdrawn, why);
                        continue;
                    }

                    try
                    {
                        connection ??= await mailer.ConnectAsync(cancellationToken);
                        using var mime = Build(message);
                        await connection.SendAsync(mime, cancellationToken);
                    }
                    catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                    {
                        await FailedAsync(message, exception);
                        if (!IsAboutThisMessage(exception))
                        {
                            logger.LogWarning(exception, "The mail server could not be reached or refused the session; {Message} waits, the rest wait for the next run", message.Id);
                            return sent;
                        }

                        continue;
                    }

                    await MarkSentAsync(message);
                    sent++;
                }

                if (!claimedAny)
                {
                    break;
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            if (sent > 0)
            {
                logger.LogInformation("Outbox: {Sent} e-mails sent", sent);
            }
        }

        await CleanUpAsync(cancellationToken);
        return sent;
    }

    private async Task<bool> ClaimAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + ClaimFor;
        var me = holder.Name;
        return await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(m => m
                .SetProperty(x => x.NextAttemptAt, until)
                .SetProperty(x => x.Attempts, x => x.Attempts + 1)
                .SetProperty(x => x.ClaimedBy, me), cancellationToken) == 1;
    }

    /// <summary>Right after the server accepted it: this is the whole window for a duplicate, so nothing comes between, and a failing database is asked again.</summary>
    private async Task MarkSentAsync(OutboxMessage message)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var now = clock.GetUtcNow();
                await db.OutboxMessages.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending)
                    .ExecuteUpdateAsync(m => m
                        .SetProperty(x => x.Status, OutboxStatus.Sent)
                        .SetProperty(x => x.SentAt, now)
                        .SetProperty(x => x.ClaimedBy, (string?)null)
                        .SetProperty(x => x.TextBody, string.Empty) // a reset or invitation link does not outlive its delivery
                        .SetProperty(x => x.HtmlBody, string.Empty), CancellationToken.None);
                return;
            }
            catch (Exception exception) when (attempt < 3)
            {
                logger.LogWarning(exception, "Marking {Message} sent failed; trying again", message.Id);
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "{Message} was accepted by the mail server but could not be marked sent: it will be sent again once its claim runs out, with the same Message-ID", message.Id);
                return;
            }
        }
    }

    private async Task FailedAsync(OutboxMessage message, Exception exception)
    {
        var attempts = message.Attempts + 1; // the claim counted this one
        var error = $"{exception.GetType().Name}: {exception.Message}";
        error = error.Length <= OutboxMessage.MaximumErrorLength ? error : error[..OutboxMessage.MaximumErrorLength];
        if (IsRefusedForGood(exception) || attempts >= options.Value.OutboxMaxAttempts)
        {
            logger.LogError(exception, "Gave up {Message} to {Address} after {Attempts} attempts", message.Id, message.ToAddress, attempts);
            await FinishAsync(message, OutboxStatus.Failed, error);
            return;
        }

        var next = clock.GetUtcNow() + WaitAfter(attempts, TimeSpan.FromSeconds(Math.Max(1, options.Value.OutboxRetrySeconds)));
        var me = holder.Name;
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && m.ClaimedBy == me)
            .ExecuteUpdateAsync(m => m
                .SetProperty(x => x.NextAttemptAt, next)
                .SetProperty(x => x.LastError, error)
                .SetProperty(x => x.ClaimedBy, (string?)null), CancellationToken.None);
    }

    private async Task FinishAsync(OutboxMessage message, OutboxStatus status, string why)
    {
        var me = holder.Name;
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && m.ClaimedBy == me)
            .ExecuteUpdateAsync(m => m
                .SetProperty(x => x.Status, status)
                .SetProperty(x => x.LastError, why)
                .SetProperty(x => x.ClaimedBy, (string?)null)
                .SetProperty(x => x.TextBody, string.Empty)
                .SetProperty(x => x.HtmlBody, string.Empty), CancellationToken.None);
    }

    /// <summary>The notifications in the batch whose person no longer wants them: unsubscribed from the kind (or the digest), or locked out by an administrator.</summary>
    private async Task<Dictionary<Guid, string>> NoLongerWantedAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var unwanted = new Dictionary<Guid, string>();
        var userIds = batch.Where(message => message.Topic is not null && message.UserId is not null).Select(message => message.UserId!).Distinct().ToList();
        if (userIds.Count == 0)
        {
            return unwanted;
        }

        var lockedFrom = clock.GetUtcNow() + EmailOutbox.AdministratorLock;
        var locked = (await db.Users.AsNoTracking().Where(user => userIds.Contains(user.Id))
                .Select(user => new { user.Id, Locked = user.LockoutEnd != null && user.LockoutEnd > lockedFrom })
                .ToListAsync(cancellationToken))
            .ToDictionary(user => user.Id, user => user.Locked);
        var choices = (await db.EmailPreferences.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.UserId);
        EmailDelivery Choice(string userId, Academy.Contracts.Cohorts.NotificationKind kind) =>
            choices[userId].FirstOrDefault(p => p.Kind == kind)?.Delivery ?? EmailChoices.Default(kind);

        foreach (var message in batch.Where(message => message.Topic is not null && message.UserId is not null))
        {
            var userId = message.UserId!;
            if (!locked.TryGetValue(userId, out var isLocked) || isLocked)
            {
                unwanted[message.Id] = "Not sent: the account is locked or gone.";
            }
            else if (message.Topic == EmailTopics.DailyDigest
                         ? !EmailChoices.Kinds.Any(kind => Choice(userId, kind) == EmailDelivery.Digest)
                         : Enum.TryParse<Academy.Contracts.Cohorts.NotificationKind>(message.Topic, out var kind) && Choice(userId, kind) != EmailDelivery.Immediately)
            {
                unwanted[message.Id] = "Not sent: no longer wanted by e-mail (unsubscribed).";
            }
        }

        return unwanted;
    }

    private MimeMessage Build(OutboxMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(mailer.Sender);
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id:N}@{site.Host}";
        mime.Date = message.CreatedAt;
        mime.Headers.Add("Auto-Submitted", "auto-generated"); // RFC 3834: no out-of-office replies, please
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"); // RFC 8058
        }

        mime.Body = new MultipartAlternative
        {
            new TextPart(TextFormat.Plain) { Text = message.TextBody, ContentTransferEncoding = ContentEncoding.QuotedPrintable },
            new TextPart(TextFormat.Html) { Text = message.HtmlBody, ContentTransferEncoding = ContentEncoding.QuotedPrintable },
        };
        return mime;
    }

    /// <summary>A refusal of this message (its recipient or its content), not of the session: the next message may still go.</summary>
    private static bool IsAboutThisMessage(Exception exception) =>
        exception is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted };

    /// <summary>A permanent refusal (5xx) of the recipient or the message: trying again would not help.</summary>
    private static bool IsRefusedForGood(Exception exception) =>
        exception is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } refusal
        && (int)refusal.StatusCode >= 500;

    /// <summary>Sent, given up and withdrawn messages are kept a month (what went to whom, and why not), then deleted; at most hourly per instance.</summary>
    private async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - lastCleanUp < TimeSpan.FromHours(1))
        {
            return;
        }

        lastCleanUp = now;
        var before = now - KeepFinishedFor;
        await db.OutboxMessages.Where(message => message.Status != OutboxStatus.Pending && message.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>Runs <see cref="OutboxSender"/> every few seconds (<c>Jobs:outbox:PeriodSeconds</c>, 10 by default), on one instance of however many share the database.</summary>
internal sealed class OutboxSenderService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxSenderService> logger)
    : OncePerPeriodJob(scopes, clock, logger)
{
    public override string Name => "outbox";

    public override TimeSpan Period => TimeSpan.FromSeconds(10);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken);
}
