using System.Security.Claims;
using Academy.Shared.Security;
using Academy.Web.Data;
using Academy.Web.Security;
using Microsoft.AspNetCore.Identity;
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
            .AddClaimsPrincipalFactory<AcademyClaimsPrincipalFactory>()
            .AddPasswordValidator<MaximumLengthPasswordValidator>();

        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations);

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

        // Form tokens' cookie is Secure whenever the request came over TLS (Always would make antiforgery refuse plain
        // http outright); its HttpOnly and SameSite=Strict are the framework's.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddRequestLimits(configuration);

        return services;
    }
}

/// <summary>Long passphrases are welcome, but not unbounded ones: hashing megabytes is a denial of service.</summary>
internal sealed class MaximumLengthPasswordValidator : IPasswordValidator<AcademyUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AcademyUser> manager, AcademyUser user, string? password) =>
        Task.FromResult(password is { Length: > AcademyIdentitySetup.MaximumPasswordLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Passwords can have at most {AcademyIdentitySetup.MaximumPasswordLength} characters.",
            })
            : IdentityResult.Success);
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
