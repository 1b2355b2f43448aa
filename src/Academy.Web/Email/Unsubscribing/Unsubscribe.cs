using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Web.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Email.Unsubscribing;

/// <summary>
/// One click stops one kind of e-mail for one person, signed in or not (RFC 8058): the token names both. A kind's
/// e-mails become "only in the app"; the daily digest's token turns every kind gathered in the digest to "only in
/// the app". The notifications themselves still show in Academy. Asking twice changes nothing more.
/// </summary>
[AllowAnonymousRequest]
public sealed record Unsubscribe(string Token) : IRequest<UnsubscribeView>;

internal sealed class UnsubscribeHandler(AcademyDbContext db, UnsubscribeTokens tokens) : IRequestHandler<Unsubscribe, UnsubscribeView>
{
    public async Task<UnsubscribeView> Handle(Unsubscribe request, CancellationToken cancellationToken)
    {
        var (userId, topic) = tokens.Read(request.Token) ?? throw new NotFoundException("Not an unsubscribe token of this site.");
        if (!await db.Users.AnyAsync(user => user.Id == userId, cancellationToken))
        {
            throw new NotFoundException("The account of this unsubscribe token is gone.");
        }

        var chosen = await db.EmailPreferences.Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        var kinds = topic == EmailTopics.DailyDigest
            ? EmailChoices.Kinds.Where(kind => (chosen.FirstOrDefault(p => p.Kind == kind)?.Delivery ?? EmailChoices.Default(kind)) == EmailDelivery.Digest).ToList()
            : [Enum.Parse<NotificationKind>(topic)];
        foreach (var kind in kinds)
        {
            if (chosen.FirstOrDefault(p => p.Kind == kind) is { } existing)
            {
                existing.Delivery = EmailDelivery.InApp;
            }
            else
            {
                db.EmailPreferences.Add(new EmailPreference { UserId = userId, Kind = kind, Delivery = EmailDelivery.InApp });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UnsubscribeView(EmailTopics.Describe(topic), StillSent: false);
    }
}
