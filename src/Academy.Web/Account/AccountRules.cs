using Academy.Web.Identity;
using FluentValidation;

namespace Academy.Web.Account;

/// <summary>The rules every account form shares, so sign-up, reset and change agree on what a password is.</summary>
internal static class AccountRules
{
    /// <summary>The e-mail address named in settings (Accounts:AdminEmail) whose account is made an admin.</summary>
    public static bool IsFirstAdmin(IConfiguration configuration, string email) =>
        configuration["Accounts:AdminEmail"] is { Length: > 0 } adminEmail && string.Equals(adminEmail.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase);

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Enter your e-mail address.")
        .MaximumLength(256).WithMessage("An e-mail address has at most 256 characters.")
        .EmailAddress().WithMessage("Enter an e-mail address like name@example.com.");

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Choose a password.")
        .MinimumLength(AcademyIdentitySetup.MinimumPasswordLength)
        .WithMessage($"Use at least {AcademyIdentitySetup.MinimumPasswordLength} characters: a few words make a good passphrase.")
        .MaximumLength(AcademyIdentitySetup.MaximumPasswordLength)
        .WithMessage($"Use at most {AcademyIdentitySetup.MaximumPasswordLength} characters.");

    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Enter the name your cohort will see.")
        .MaximumLength(100).WithMessage("Use at most 100 characters.");

    /// <summary>Only paths on this site, so a crafted sign-in link cannot send people elsewhere.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
