using Academy.Shared.Email;
using Academy.Shared.Links;
using Academy.Shared.Localization;
using Academy.Web.Data;
using Academy.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Identity;

/// <summary>
/// The account e-mails Identity asks for, written for people, in the account's own language (the page's, until they
/// choose one). Each is a row in the outbox, saved at once (nothing else happens in the same save); the outbox
/// sender delivers it within seconds.
/// </summary>
internal sealed class AcademyEmailSender(IEmailOutbox outbox, AcademyDbContext db, PublicSite site, IStringLocalizer<WebText> t) : IEmailSender<AcademyUser>
{
    public Task SendConfirmationLinkAsync(AcademyUser user, string email, string confirmationLink) =>
        QueueAsync(user, email, () => new EmailContent(t["Confirm your Academy account"],
            [t["Confirm your account with the button below."]], t["Confirm your account"], site.PathOf(confirmationLink)));

    public Task SendPasswordResetLinkAsync(AcademyUser user, string email, string resetLink) =>
        QueueAsync(user, email, () => new EmailContent(t["Reset your Academy password"],
            [
                t["Someone (hopefully you) asked to reset your Academy password. Choose a new one with the button below."],
                t["If it was not you, ignore this message: your password stays as it is."],
            ],
            t["Choose a new password"], site.PathOf(resetLink)));

    public Task SendPasswordResetCodeAsync(AcademyUser user, string email, string resetCode) =>
        QueueAsync(user, email, () => new EmailContent(t["Your Academy password reset code"],
            [t["Your reset code: {0}", resetCode]], t["Open Academy"], "/Account/ResetPassword"));

    private async Task QueueAsync(AcademyUser user, string address, Func<EmailContent> content)
    {
        AcademyCultures.In(user.Language ?? System.Globalization.CultureInfo.CurrentUICulture.Name, () =>
        {
            outbox.Add(address, user.DisplayName, content());
            return 0;
        });
        await db.SaveChangesAsync();
    }
}
