using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Web.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Email.Unsubscribing;

/// <summary>
/// What an unsubscribe link would stop, for the page that asks to confirm: no sign-in, the link's signed token is
/// the key. A token this site did not make, or whose account is gone, is not found.
/// </summary>
[AllowAnonymousRequest]
public sealed record GetUnsubscribe(string Token) : IRequest<UnsubscribeView>;

/// <param name="Description">The kind of notification (or the digest), as the account page names it.</param>
/// <param name="StillSent">Whether such e-mails still go out (false once unsubscribed).</param>
public sealed record UnsubscribeView(string Description, bool StillSent);

internal sealed class GetUnsubscribeHandler(AcademyDbContext db, UnsubscribeTokens tokens) : IRequestHandler<GetUnsubscribe, UnsubscribeView>
{
    public async Task<UnsubscribeView> Handle(GetUnsubscribe request, CancellationToken cancellationToken)
    {
        var (userId, topic) = tokens.Read(request.Token) ?? throw new NotFoundException("Not an unsubscribe token of this site.");
        var account = await db.Users.AsNoTracking().Where(user => user.Id == userId)
            .Select(user => new { Chosen = db.EmailPreferences.Where(p => p.UserId == user.Id).ToList() })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The account of this unsubscribe token is gone.");
        EmailDelivery Choice(NotificationKind kind) => account.Chosen.FirstOrDefault(p => p.Kind == kind)?.Delivery ?? EmailChoices.Default(kind);
        var stillSent = topic == EmailTopics.DailyDigest
            ? EmailChoices.Kinds.Any(kind => Choice(kind) == EmailDelivery.Digest)
            : Choice(Enum.Parse<NotificationKind>(topic)) != EmailDelivery.InApp;
        return new UnsubscribeView(EmailTopics.Describe(topic), stillSent);
    }
}
