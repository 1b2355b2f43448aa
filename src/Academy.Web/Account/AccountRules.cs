using Academy.Web.Identity;
using Academy.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Account;

/// <summary>The rules every account form shares, so sign-up, reset and change agree on what a password is.</summary>
internal static class AccountRules
{
    /// <summary>The e-mail address named in settings (Accounts:AdminEmail) whose account is made an admin.</summary>
    public static bool IsFirstAdmin(IConfiguration configuration, string email) =>
        configuration["Accounts:AdminEmail"] is { Length: > 0 } adminEmail && string.Equals(adminEmail.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase);

    // Messages are looked up when a request is validated, in that request's language (the lambda form).
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<WebText> t) => rule
        .NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
        .MaximumLength(256).WithMessage(_ => t["An e-mail address has at most {0} characters.", 256])
        .EmailAddress().WithMessage(_ => t["Enter an e-mail address like name@example.com."]);

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<WebText> t) => rule
        .NotEmpty().WithMessage(_ => t["Choose a password."])
        .MinimumLength(AcademyIdentitySetup.MinimumPasswordLength)
        .WithMessage(_ => t["Use at least {0} characters: a few words make a good passphrase.", AcademyIdentitySetup.MinimumPasswordLength])
        .MaximumLength(AcademyIdentitySetup.MaximumPasswordLength)
        .WithMessage(_ => t["Use at most {0} characters.", AcademyIdentitySetup.MaximumPasswordLength]);

    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<WebText> t) => rule
        .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage(_ => t["Enter the name your cohort will see."])
        .MaximumLength(100).WithMessage(_ => t["Use at most {0} characters.", 100]);

    /// <summary>Only paths on this site, so a crafted sign-in link cannot send people elsewhere.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
