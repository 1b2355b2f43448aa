using Academy.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Academy.Web.Email;

internal enum OutboxStatus
{
    /// <summary>Waiting for its next attempt (<see cref="OutboxMessage.NextAttemptAt"/>), or claimed by a sender until then.</summary>
    Pending = 0,

    /// <summary>Accepted by the SMTP server (or written to the pickup folder).</summary>
    Sent = 1,

    /// <summary>Given up: refused for good by the server, or still failing after the last attempt.</summary>
    Failed = 2,

    /// <summary>Not sent, and never will be: taken back (a reminder made moot), or no longer wanted (unsubscribed, the account locked).</summary>
    Withdrawn = 3,
}

/// <summary>
/// One e-mail in the outbox: written in the same save as what caused it, then delivered by <see cref="OutboxSender"/>.
/// The message is rendered when it is written (both parts, its links from the public address); its body is cleared
/// once it is sent, so a reset or invitation link does not outlive its delivery in the database.
/// </summary>
internal sealed class OutboxMessage
{
    public const int MaximumErrorLength = 1000;

    private OutboxMessage()
    {
    }

    public OutboxMessage(string? userId, string toAddress, string toName, string subject, string textBody, string htmlBody,
        string? topic, string? unsubscribeUrl, string? onceKey, DateTimeOffset? sendBefore, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        Topic = topic;
        UnsubscribeUrl = unsubscribeUrl;
        OnceKey = onceKey;
        SendBefore = sendBefore;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    /// <summary>Also the message's Message-ID (<c>&lt;{Id:N}@{public host}&gt;</c>): a message sent twice is recognisably the same one.</summary>
    public Guid Id { get; private set; }

    /// <summary>The account it goes to; none for an invitation to someone without one.</summary>
    public string? UserId { get; private set; }

    public string ToAddress { get; private set; } = string.Empty;
    public string ToName { get; private set; } = string.Empty;
    public string Subject { get; private set; } = string.Empty;
    public string TextBody { get; private set; } = string.Empty;
    public string HtmlBody { get; private set; } = string.Empty;

    /// <summary>A kind of notification or the daily digest (<see cref="EmailTopics"/>): still wanted is checked before sending. None for account e-mails.</summary>
    public string? Topic { get; private set; }

    /// <summary>The one-click unsubscribe address (RFC 8058) for <see cref="Topic"/>.</summary>
    public string? UnsubscribeUrl { get; private set; }

    /// <summary>A reminder's key, by which it can be withdrawn before it leaves.</summary>
    public string? OnceKey { get; private set; }

    /// <summary>A reminder's e-mail is not sent after this moment (it would be too late to help); it is withdrawn instead.</summary>
    public DateTimeOffset? SendBefore { get; private set; }

    public OutboxStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a sender may take it next. A sender claims it by moving this past the time a send can take.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public string? ClaimedBy { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("host_email_outbox");
        builder.Property(message => message.UserId).HasMaxLength(450);
        builder.Property(message => message.ToAddress).HasMaxLength(256);
        builder.Property(message => message.ToName).HasMaxLength(100);
        builder.Property(message => message.Subject).HasMaxLength(300);
        builder.Property(message => message.Topic).HasMaxLength(32);
        builder.Property(message => message.UnsubscribeUrl).HasMaxLength(1000);
        builder.Property(message => message.OnceKey).HasMaxLength(200);
        builder.Property(message => message.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(message => message.LastError).HasMaxLength(OutboxMessage.MaximumErrorLength);
        builder.Property(message => message.ClaimedBy).HasMaxLength(200);
        builder.HasIndex(message => new { message.Status, message.NextAttemptAt }); // what is due
        // An account deleted takes its unsent e-mails with it.
        builder.HasOne<AcademyUser>().WithMany().HasForeignKey(message => message.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
