using Academy.Contracts.Cohorts;
using Academy.Shared.Email;
using Academy.Shared.Links;
using Academy.Shared.Localization;
using Academy.Web.Data;
using Academy.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Email;

/// <summary>
/// Puts e-mails in the outbox of the scope's one context (the same the modules write through), so the caller's save
/// writes them with the change that caused them. Decides who wants an e-mail: never an account locked by an
/// administrator (a lock of a few minutes after failed sign-ins does not count: it would let anyone silence a person's
/// mail by mistyping their password), never one without an address, and only by the member's choice for the kind.
/// </summary>
internal sealed class EmailOutbox(AcademyDbContext db, EmailTemplate template, UnsubscribeTokens tokens, PublicSite site, TimeProvider clock,
    IStringLocalizer<WebText> t)
    : IEmailOutbox
{
    /// <summary>A lockout longer than this is an administrator's lock (theirs has no end); Identity's after failed sign-ins lasts minutes.</summary>
    public static readonly TimeSpan AdministratorLock = TimeSpan.FromDays(1);

    public async Task<IReadOnlyList<NotificationReader>> ReadersAsync(IReadOnlyCollection<string> userIds, NotificationKind kind, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var lockedFrom = clock.GetUtcNow() + AdministratorLock;
        var people = await db.Users.AsNoTracking()
            .Where(user => userIds.Contains(user.Id))
            .Select(user => new
            {
                user.Id,
                user.Email,
                user.DisplayName,
                user.Language,
                user.TimeZone,
                Reachable = user.Email != null && (user.LockoutEnd == null || user.LockoutEnd <= lockedFrom),
                Choice = db.EmailPreferences.Where(p => p.UserId == user.Id && p.Kind == kind).Select(p => (EmailDelivery?)p.Delivery).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var byDefault = EmailChoices.Default(kind);
        return people.Select(person => new NotificationReader(person.Id, person.Language, person.TimeZone,
                person.Reachable && (person.Choice ?? byDefault) == EmailDelivery.Immediately
                    ? new EmailRecipient(person.Id, person.Email!, person.DisplayName, person.Language, person.TimeZone)
                    : null))
            .ToList();
    }

    public void Add(IEnumerable<EmailRecipient> recipients, NotificationKind kind, EmailContent content, string? onceKey = null, DateTimeOffset? sendBefore = null)
    {
        var topic = EmailTopics.Of(kind);
        foreach (var recipient in recipients)
        {
            AcademyCultures.In(recipient.Language, () => AddFor(recipient, topic, content,
                t["You get this e-mail because your choice for “{0}” is: {1}.", EmailChoices.Describe(kind), EmailChoices.Describe(EmailDelivery.Immediately)],
                onceKey, sendBefore));
        }
    }

    public void Add(string address, string name, EmailContent content)
    {
        var (text, html) = template.Render(name, content, new EmailFooter(t["You get this e-mail because of something done with this address on Academy."], null));
        db.Add(new OutboxMessage(null, address, name, content.Subject, text, html, null, null, null, null, clock.GetUtcNow()));
    }

    /// <summary>A member's daily digest: what they have not read, of the kinds they want gathered.</summary>
    public void AddDigest(EmailRecipient recipient, IReadOnlyList<DigestItem> items) => AcademyCultures.In(recipient.Language, () =>
    {
        var content = new EmailContent(t["Academy: {0} new since your last digest", items.Count],
            [t["Here is what happened in your cohorts since your last digest."]], t["Open your notifications"], "/notifications");
        return AddFor(recipient, EmailTopics.DailyDigest, content,
            t["You get this e-mail because some kinds of notifications are set to reach you in a daily digest."], onceKey: null, sendBefore: null, items);
    });

    public async Task WithdrawAsync(string onceKeyPrefix, string? userId, CancellationToken cancellationToken) =>
        await db.OutboxMessages
            .Where(message => message.Status == OutboxStatus.Pending && message.ClaimedBy == null
                              && message.OnceKey != null && message.OnceKey.StartsWith(onceKeyPrefix)
                              && (userId == null || message.UserId == userId))
            .ExecuteUpdateAsync(message => message
                .SetProperty(m => m.Status, OutboxStatus.Withdrawn)
                .SetProperty(m => m.LastError, "Withdrawn: no longer needed.")
                .SetProperty(m => m.TextBody, string.Empty)
                .SetProperty(m => m.HtmlBody, string.Empty), cancellationToken);

    private OutboxMessage AddFor(EmailRecipient recipient, string topic, EmailContent content, string reason, string? onceKey, DateTimeOffset? sendBefore,
        IReadOnlyList<DigestItem>? items = null)
    {
        var unsubscribe = site.Link($"/unsubscribe?token={Uri.EscapeDataString(tokens.Create(recipient.UserId, topic))}");
        var (text, html) = template.Render(recipient.Name, content, new EmailFooter(reason, unsubscribe), items);
        var message = new OutboxMessage(recipient.UserId, recipient.Address, recipient.Name, content.Subject, text, html, topic, unsubscribe, onceKey, sendBefore,
            clock.GetUtcNow());
        db.Add(message);
        return message;
    }
}
