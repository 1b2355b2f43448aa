using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Academy.Web.Data;
using Academy.Web.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Account.Manage;

/// <summary>The signed-in member's e-mail choices, one per kind of notification (a kind never chosen shows its default), and where e-mails go.</summary>
public sealed record GetEmailPreferences : IRequest<EmailPreferencesView>;

public sealed record EmailPreferencesView(string Address, IReadOnlyList<EmailChoiceView> Choices);

public sealed record EmailChoiceView(NotificationKind Kind, string Description, EmailDelivery Delivery);

internal sealed class GetEmailPreferencesHandler(AcademyDbContext db, ICurrentUser currentUser) : IRequestHandler<GetEmailPreferences, EmailPreferencesView>
{
    public async Task<EmailPreferencesView> Handle(GetEmailPreferences request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var account = await db.Users.AsNoTracking().Where(user => user.Id == userId)
            .Select(user => new { user.Email, Chosen = db.EmailPreferences.Where(p => p.UserId == user.Id).ToList() })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The account no longer exists.");
        return new EmailPreferencesView(account.Email ?? string.Empty, EmailChoices.Kinds
            .Select(kind => new EmailChoiceView(kind, EmailChoices.Describe(kind),
                account.Chosen.FirstOrDefault(p => p.Kind == kind)?.Delivery ?? EmailChoices.Default(kind)))
            .ToList());
    }
}
