using System.Security.Claims;
using Academy.IntegrationTests.Infrastructure;
using Academy.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Academy.IntegrationTests.Security;

/// <summary>
/// The sign-in cookie's format as the app configures it: a ticket it keeps once read (<see cref="RecentlyReadTickets"/>)
/// is still refused for anything but the exact cookie and purpose, and what one request does to its ticket no other
/// request sees. Over the app's own data protection keys.
/// </summary>
public abstract class SignInCookieTests<TApp>(TApp app) where TApp : AcademyApp
{
    private ISecureDataFormat<AuthenticationTicket> Format() =>
        app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;

    private static AuthenticationTicket TicketFor(string name) => new(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], IdentityConstants.ApplicationScheme)),
        new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = DateTimeOffset.UtcNow.AddDays(14) },
        IdentityConstants.ApplicationScheme);

    [Fact]
    public void The_app_reads_its_sign_in_cookie_through_the_kept_tickets() => Assert.IsType<RecentlyReadTickets>(Format());

    [Fact]
    public void What_one_request_changes_on_its_ticket_the_next_read_of_the_same_cookie_does_not_see()
    {
        var format = Format();
        var cookie = format.Protect(TicketFor("Changed Elsewhere"));

        var first = format.Unprotect(cookie)!;
        first.Properties.ExpiresUtc = DateTimeOffset.UtcNow.AddYears(1);
        first.Properties.Items["renewed"] = "yes";
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim(ClaimTypes.Role, "Admin"));
        var second = format.Unprotect(cookie)!;

        Assert.NotSame(first, second);
        Assert.True(second.Properties.ExpiresUtc < DateTimeOffset.UtcNow.AddDays(15));
        Assert.False(second.Properties.Items.ContainsKey("renewed"));
        Assert.False(second.Principal.IsInRole("Admin"));
        Assert.Equal("Changed Elsewhere", second.Principal.Identity!.Name);
    }

    [Fact]
    public void A_cookie_read_once_is_refused_when_altered_or_read_for_another_purpose()
    {
        var format = Format();
        var cookie = format.Protect(TicketFor("Read Once"));
        Assert.NotNull(format.Unprotect(cookie));

        var altered = cookie[..^4] + (cookie[^4] == 'A' ? 'B' : 'A') + cookie[^3..];

        Assert.Null(format.Unprotect(altered));
        Assert.Null(format.Unprotect(cookie, "another purpose"));
        Assert.Null(format.Unprotect(cookie[..^1]));
        Assert.Equal("Read Once", format.Unprotect(cookie)!.Principal.Identity!.Name);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSignInCookieTests(SqliteApp app) : SignInCookieTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSignInCookieTests(PostgresApp app) : SignInCookieTests<PostgresApp>(app);
