using System.Security.Claims;
using Academy.Shared.Security;
using Academy.Web.Data;
using Academy.Web.Resources;
using Academy.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Academy.Web.Identity;

internal static class AcademyIdentitySetup
{
    public const int MinimumPasswordLength = 12;
    public const int MaximumPasswordLength = 128;

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations (Identity's V3 format): OWASP's current guidance, up from the framework's 100,000.
    /// A hash made with fewer is replaced at the owner's next sign-in (Identity rehashes on SuccessRehashNeeded).
    /// </summary>
    public const int PasswordHashIterations = 210_000;

    public static IServiceCollection AddAcademyIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<AcademyUser, IdentityRole>(options =>
            {
                // Length over composition (NIST SP 800-63B): at least 12 characters, nothing else imposed.
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AcademyDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<AcademyIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AcademyClaimsPrincipalFactory>()
            .AddPasswordValidator<MaximumLengthPasswordValidator>();

        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations);
        services.AddScoped<Academy.Shared.Localization.IReaderSettings, Academy.Web.Account.Lookup.ReaderSettingsLookup>();

        // How long an open session goes before it is checked against its account again: a locked account, a role
        // taken away or a password changed elsewhere (each changes the security stamp) ends it within this time.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval =
            TimeSpan.FromSeconds(configuration.GetValue("Security:SessionRevalidationSeconds", 300)));

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/not-found";
            options.Cookie.Name = "academy.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
        });

        // Identity's validator decides from the cookie alone whether the stamp is due, but only after every request has
        // built it: a SignInManager, a UserManager and a user store over a new database context, a measured 4% of a
        // page. The same decision is made first here, and the validator is built only when the stamp is due.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityStampValidatorOptions>, TimeProvider>((options, stampValidation, time) =>
                options.Events.OnValidatePrincipal = context =>
                    IsStampCheckDue(context.Properties.IssuedUtc, (stampValidation.Value.TimeProvider ?? time).GetUtcNow(), stampValidation.Value.ValidationInterval)
                        ? SecurityStampValidator.ValidatePrincipalAsync(context)
                        : Task.CompletedTask);

        // After the framework has made the cookie's format (its own post-configuration, registered with the scheme).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure(options => options.TicketDataFormat = new RecentlyReadTickets(options.TicketDataFormat
                ?? throw new InvalidOperationException("The sign-in cookie has no ticket format to read through.")));

        // Form tokens' cookie is Secure whenever the request came over TLS (Always would make antiforgery refuse plain
        // http outright); its HttpOnly and SameSite=Strict are the framework's.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddRequestLimits(configuration);

        return services;
    }

    /// <summary>As Identity's <see cref="SecurityStampValidator{TUser}"/> decides: a session is checked when it has no issue time, or is older than the interval.</summary>
    private static bool IsStampCheckDue(DateTimeOffset? issuedUtc, DateTimeOffset now, TimeSpan validationInterval) =>
        issuedUtc is not { } issued || now - issued > validationInterval;
}

/// <summary>Long passphrases are welcome, but not unbounded ones: hashing megabytes is a denial of service.</summary>
internal sealed class MaximumLengthPasswordValidator(IStringLocalizer<WebText> t) : IPasswordValidator<AcademyUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AcademyUser> manager, AcademyUser user, string? password) =>
        Task.FromResult(password is { Length: > AcademyIdentitySetup.MaximumPasswordLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = t["Passwords can have at most {0} characters.", AcademyIdentitySetup.MaximumPasswordLength],
            })
            : IdentityResult.Success);
}

/// <summary>
/// Identity's refusals in the request's language. The codes stay Identity's (forms place messages by them); the
/// words are ours, and never repeat the address or name typed, which the form already shows.
/// </summary>
internal sealed class AcademyIdentityErrorDescriber(IStringLocalizer<WebText> t) : IdentityErrorDescriber
{
    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Something went wrong. Please try again."]);

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), t["Your account was changed elsewhere at the same time. Please try again."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["That is not your password."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["This link has expired or was already used. Ask for a new one."]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), t["That recovery code did not work."]);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), t["That sign-in is already linked to an account."]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["Enter an e-mail address like name@example.com."]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), t["Enter an e-mail address like name@example.com."]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), t["An account with this e-mail address already exists. Sign in, or ask for a new password."]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), t["An account with this e-mail address already exists. Sign in, or ask for a new password."]);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), t["That role does not exist."]);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), t["That role already exists."]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), t["This account already has a password."]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), t["This account cannot be locked."]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), t["The person already has that role."]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), t["The person does not have that role."]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), t["Use at least {0} characters: a few words make a good passphrase.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), t["Use at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), t["Use at least one character that is not a letter or a digit."]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), t["Use at least one digit (0–9)."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), t["Use at least one lowercase letter."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), t["Use at least one uppercase letter."]);
}

/// <summary>Puts the display name, language and time zone in the sign-in cookie so no page queries for them.</summary>
internal sealed class AcademyClaimsPrincipalFactory(
    UserManager<AcademyUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AcademyUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AcademyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AcademyClaimTypes.DisplayName, user.DisplayName));
        if (user.Language is { Length: > 0 } language)
        {
            identity.AddClaim(new Claim(AcademyClaimTypes.Language, language));
        }

        if (user.TimeZone is { Length: > 0 } zone)
        {
            identity.AddClaim(new Claim(AcademyClaimTypes.TimeZone, zone));
        }

        return identity;
    }
}
