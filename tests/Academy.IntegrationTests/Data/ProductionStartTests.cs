using System.Net;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Data;

/// <summary>
/// The app as it starts in production: migrated, with roles and the course, and no demo people. It serves only
/// its public address, so its clients ask for that host.
/// </summary>
public sealed class ProductionApp : SqliteApp
{
    public ProductionApp() => ClientOptions.BaseAddress = new Uri(PublicUrl);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionStartTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Outside_development_the_course_is_imported_but_no_demo_account_or_cohort_is_seeded()
    {
        using var client = app.CreateAcademyClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/courses/social-media-for-leaders")).Status);

        var (users, cohorts, roles) = await app.WithDbAsync(async db =>
            (await db.Users.CountAsync(), await db.Cohorts.CountAsync(), await db.Roles.Select(role => role.Name).ToListAsync()));

        Assert.Equal(0, users);
        Assert.Equal(0, cohorts);
        Assert.Equal(["Admin", "Instructor", "Learner"], roles.Order());
    }
}

public sealed class ProductionHardeningTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Outside_development_cookies_are_secure_http_only_and_same_site_and_pages_carry_the_security_headers()
    {
        // Over https, as a deployment behind TLS is reached: the client sends secure cookies back only there.
        using var client = new AcademyClient(app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri(AcademyApp.PublicUrl), AllowAutoRedirect = false, HandleCookies = true,
        }));

        var form = await client.GetAsync("/Account/Register");
        var registered = await client.SubmitAsync(form, "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Maria Example", ["Input.Email"] = $"user-{Guid.NewGuid():N}@example.com", ["Input.Password"] = "correct horse battery staple",
        });

        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        var cookies = form.Response.Headers.GetValues("Set-Cookie").Concat(registered.Response.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, cookie => cookie.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains(cookies, cookie => cookie.StartsWith("academy.auth=", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            var attributes = cookie.Split(';').Select(part => part.Trim().ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains(attributes, attribute => attribute is "samesite=lax" or "samesite=strict");
        });

        foreach (var page in new[] { form, await client.GetAsync("/"), await client.GetAsync("/no-such-page") })
        {
            var headers = page.Response.Headers;
            var policy = string.Join(";", headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", headers.GetValues("Referrer-Policy").Single());
        }
    }
}
