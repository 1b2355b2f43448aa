using Academy.Contracts.Cohorts;

namespace Academy.Shared.Email;

/// <summary>
/// Every e-mail Academy sends is first a row in the outbox, added to the current scope's unit of work: the caller's
/// next save writes it together with whatever caused it (the notification, the invitation), or writes neither.
/// A background sender delivers the rows with retries, once (the host's <c>OutboxSender</c>).
/// </summary>
public interface IEmailOutbox
{
    /// <summary>
    /// These people as readers of a notification of this kind, in one query: the language and time zone it is written in
    /// for each, and, for those who want it by e-mail at once, where to send it (an account with an address, not locked
    /// by an administrator, whose choice for <paramref name="kind"/> is "immediately" or its default). Someone without
    /// an account is left out.
    /// </summary>
    Task<IReadOnlyList<NotificationReader>> ReadersAsync(IReadOnlyCollection<string> userIds, NotificationKind kind, CancellationToken cancellationToken);

    /// <summary>
    /// One e-mail of <paramref name="kind"/> to each recipient, with a one-click unsubscribe from that kind. Saved by the caller.
    /// </summary>
    /// <param name="onceKey">Marks the e-mails of a reminder, so <see cref="WithdrawAsync"/> can take them back before they leave.</param>
    /// <param name="sendBefore">A reminder's e-mail is dropped rather than sent after this moment.</param>
    void Add(IEnumerable<EmailRecipient> recipients, NotificationKind kind, EmailContent content, string? onceKey = null, DateTimeOffset? sendBefore = null);

    /// <summary>An e-mail that is no notification (an invitation, a password reset): to an address, without unsubscribe. Saved by the caller.</summary>
    void Add(string address, string name, EmailContent content);

    /// <summary>
    /// Takes back the e-mails not yet sent whose once-key starts with <paramref name="onceKeyPrefix"/>, to
    /// <paramref name="userId"/> or (null) to anyone: a reminder made moot (a reflection submitted, a session cancelled).
    /// Done at once, not by the caller's save.
    /// </summary>
    Task WithdrawAsync(string onceKeyPrefix, string? userId, CancellationToken cancellationToken);
}

/// <summary>A reader of a notification: their language and time zone (null: the defaults), and their e-mail if they want one now.</summary>
public sealed record NotificationReader(string UserId, string? Language, string? TimeZone, EmailRecipient? EmailNow);

/// <summary>A member an e-mail goes to, with the language and time zone it is written in (null: the defaults).</summary>
public sealed record EmailRecipient(string UserId, string Address, string Name, string? Language = null, string? TimeZone = null);

/// <summary>
/// What an e-mail says, written once: the host renders it as HTML and as plain text with the site's look.
/// </summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Paragraphs">The message, as plain text (never markup): each a paragraph.</param>
/// <param name="ActionLabel">The button's words, e.g. "Read the reply".</param>
/// <param name="ActionPath">An application path (<c>/cohorts/mba-2026/discussions/3</c>): the absolute link is made from the site's public address, never from a request.</param>
public sealed record EmailContent(string Subject, IReadOnlyList<string> Paragraphs, string ActionLabel, string ActionPath);
