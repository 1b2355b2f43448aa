using Academy.Contracts.Cohorts;
using Academy.Shared.Security;
using Academy.Web.Data;
using Academy.Web.Email;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Account.Manage;

/// <summary>
/// The member chooses, per kind of notification, an e-mail at once, a line in the daily digest, or the app only.
/// Kinds not named keep their choice; a choice equal to the kind's default is kept as no choice (the default). The
/// first digest after choosing one covers what happens from then on.
/// </summary>
public sealed record ChangeEmailPreferences(IReadOnlyDictionary<NotificationKind, EmailDelivery> Choices) : IRequest;

internal sealed class ChangeEmailPreferencesValidator : AbstractValidator<ChangeEmailPreferences>
{
    public ChangeEmailPreferencesValidator(IStringLocalizer<WebText> t)
    {
        RuleFor(request => request.Choices).NotEmpty().WithMessage(_ => t["Choose how you want to hear of each kind of notification."]);
        RuleForEach(request => request.Choices)
            .Must(choice => Enum.IsDefined(choice.Key) && Enum.IsDefined(choice.Value))
            .WithMessage(_ => t["Choose one of the offered ways."]);
    }
}

internal sealed class ChangeEmailPreferencesHandler(AcademyDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ChangeEmailPreferences, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeEmailPreferences request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var chosen = await db.EmailPreferences.Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        bool WantsDigest() => EmailChoices.Kinds.Any(kind => (chosen.FirstOrDefault(p => p.Kind == kind)?.Delivery ?? EmailChoices.Default(kind)) == EmailDelivery.Digest);
        var hadDigest = WantsDigest();
        // Only what differs from the default is kept: a kind without a row follows the default, and a better default later reaches it.
        foreach (var (kind, delivery) in request.Choices)
        {
            var existing = chosen.FirstOrDefault(p => p.Kind == kind);
            if (delivery == EmailChoices.Default(kind))
            {
                if (existing is not null)
                {
                    chosen.Remove(existing);
                    db.EmailPreferences.Remove(existing);
                }
            }
            else if (existing is not null)
            {
                existing.Delivery = delivery;
            }
            else
            {
                var preference = new EmailPreference { UserId = userId, Kind = kind, Delivery = delivery };
                chosen.Add(preference);
                db.EmailPreferences.Add(preference);
            }
        }

        if (!hadDigest && WantsDigest())
        {
            var now = clock.GetUtcNow(); // the first digest covers what happens from now on
            await db.Users.Where(user => user.Id == userId).ExecuteUpdateAsync(user => user.SetProperty(u => u.LastDigestAt, now), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
