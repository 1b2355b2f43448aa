using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Academy.Shared.Security;
using Academy.Web.Data;
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

    /// <summary>The account forms whose posts are rate-limited per client address.</summary>
    private static readonly string[] RateLimitedPosts =
        ["/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword"];

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

        services.Configure<AccountRateLimitOptions>(configuration.GetSection("Security:AccountRateLimit"));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)
                    || !RateLimitedPosts.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<AccountRateLimitOptions>>().Value;
                var client = context.Connection.RemoteIpAddress ?? IPAddress.Loopback;
                return RateLimitPartition.GetFixedWindowLimiter(client.ToString(), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PostsPerWindow,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync(
                    "Too many attempts from your network. Please wait a minute and try again.", cancellationToken);
            };
        });

        return services;
    }
}

internal sealed class AccountRateLimitOptions
{
    /// <summary>Sign-in, sign-up and password-reset posts allowed per client address in one window.</summary>
    public int PostsPerWindow { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;
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

/// <summary>Puts the display name in the sign-in cookie so the header never queries for it.</summary>
internal sealed class AcademyClaimsPrincipalFactory(
    UserManager<AcademyUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AcademyUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AcademyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AcademyClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}
