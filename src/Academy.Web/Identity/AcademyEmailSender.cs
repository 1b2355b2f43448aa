using Academy.Shared.Email;
using Academy.Shared.Links;
using Academy.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Identity;

/// <summary>
/// The account e-mails Identity asks for, written for people. Each is a row in the outbox, saved at once (nothing
/// else happens in the same save); the outbox sender delivers it within seconds.
/// </summary>
internal sealed class AcademyEmailSender(IEmailOutbox outbox, AcademyDbContext db, PublicSite site) : IEmailSender<AcademyUser>
{
    public Task SendConfirmationLinkAsync(AcademyUser user, string email, string confirmationLink) =>
        QueueAsync(email, user.DisplayName, new EmailContent("Confirm your Academy account",
            ["Confirm your account with the button below."], "Confirm your account", site.PathOf(confirmationLink)));

    public Task SendPasswordResetLinkAsync(AcademyUser user, string email, string resetLink) =>
        QueueAsync(email, user.DisplayName, new EmailContent("Reset your Academy password",
            [
                "Someone (hopefully you) asked to reset your Academy password. Choose a new one with the button below.",
                "If it was not you, ignore this message: your password stays as it is.",
            ],
            "Choose a new password", site.PathOf(resetLink)));

    public Task SendPasswordResetCodeAsync(AcademyUser user, string email, string resetCode) =>
        QueueAsync(email, user.DisplayName, new EmailContent("Your Academy password reset code",
            [$"Your reset code: {resetCode}"], "Open Academy", "/Account/ResetPassword"));

    private async Task QueueAsync(string address, string name, EmailContent content)
    {
        outbox.Add(address, name, content);
        await db.SaveChangesAsync();
    }
}
