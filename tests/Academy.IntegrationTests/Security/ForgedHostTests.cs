using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Security;

/// <summary>
/// Password-reset poisoning and its kin: every flow that sends an e-mail or serves a link to take away is driven
/// with a forged Host and a forged X-Forwarded-Host, and every absolute link in what comes out points to the
/// configured public address. The forged names appear nowhere.
/// </summary>
public abstract partial class ForgedHostTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string ForgedHost = "attacker.example";
    private const string ForgedForwardedHost = "forwarded-attacker.example";

    [GeneratedRegex(@"\b(?:https?|webcal)://[^\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteLink();

    /// <summary>From now on this client's requests name the attacker's host, directly and as a proxy would.</summary>
    private static AcademyClient Forging(AcademyClient client)
    {
        client.Http.DefaultRequestHeaders.Host = ForgedHost;
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Host", ForgedForwardedHost);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "http");
        return client;
    }

    private static void AssertLinksOnlyToThePublicAddress(string text, int atLeast)
    {
        Assert.DoesNotContain("attacker", text, StringComparison.OrdinalIgnoreCase);
        var links = AbsoluteLink().Matches(text).Select(match => match.Value).ToList();
        Assert.True(links.Count >= atLeast, $"Expected at least {atLeast} links, found {links.Count} in:\n{text}");
        Assert.All(links, link => Assert.Matches($"^(https|webcal)://{Regex.Escape(new Uri(AcademyApp.PublicUrl).Host)}/", link));
    }

    private async Task<string> MailToAsync(string address)
    {
        await app.DeliverMailAsync();
        return PickupMail.To(app.MailFolder, address).Single();
    }

    [Fact]
    public async Task A_password_reset_asked_for_through_a_forged_host_links_only_to_the_public_address()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.com";
        using (var owner = app.CreateAcademyClient())
        {
            await owner.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
            {
                ["Input.DisplayName"] = "Reset Target", ["Input.Email"] = email, ["Input.Password"] = "a long enough passphrase",
            });
        }

        using var attacker = Forging(app.CreateAcademyClient());
        var asked = await attacker.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, asked.Status);

        var message = await MailToAsync(email);
        Assert.Contains($"{AcademyApp.PublicUrl}/Account/ResetPassword?email=", message);
        AssertLinksOnlyToThePublicAddress(message, atLeast: 1);
    }

    [Fact]
    public async Task An_invitation_sent_from_a_forged_host_links_only_to_the_public_address()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Inviting Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(7), members: (instructorId, CohortRole.Instructor));
        Forging(instructor);
        var invitee = $"invitee-{Guid.NewGuid():N}@example.com";

        var page = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        var report = await instructor.UploadAsync(page, "enrol", "CsvFile", Encoding.UTF8.GetBytes($"email,name\n{invitee},Ida Invitee\n"), "learners.csv", "text/csv");
        Assert.Contains("1 invited", report.Text("[role=status]"));

        var message = await MailToAsync(invitee);
        Assert.Matches($@"{Regex.Escape(AcademyApp.PublicUrl)}/invitations/[0-9a-f]{{64}}", message);
        AssertLinksOnlyToThePublicAddress(message, atLeast: 1);
    }

    [Fact]
    public async Task A_digest_of_replies_posted_through_a_forged_host_and_the_data_download_link_only_to_the_public_address()
    {
        var (reader, readerId) = await app.NewLearnerAsync("Digest Reader");
        var (writer, writerId) = await app.NewLearnerAsync("Forging Writer");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(readerId, CohortRole.Learner), (writerId, CohortRole.Learner)]);
        Forging(reader);
        Forging(writer);
        var started = await reader.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Links in digests", ["Input.Body"] = "Where do they point?" });
        Assert.StartsWith($"/cohorts/{cohort}/discussions/", started.RedirectedTo); // a redirect names no host
        var threadUrl = started.RedirectedTo!.Split('?')[0];
        var replied = await writer.SubmitAsync(threadUrl, "reply", new Dictionary<string, string> { ["Input.Body"] = "Somewhere safe, I hope." });
        Assert.Equal(HttpStatusCode.Redirect, replied.Status);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == readerId);
            user.LastDigestAt = DateTimeOffset.UtcNow.AddDays(-2);
            return await db.SaveChangesAsync();
        });

        await app.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Startup.DailyDigests>().SendDueAsync(CancellationToken.None));

        var readerEmail = await app.WithDbAsync(db => db.Users.Where(u => u.Id == readerId).Select(u => u.Email!).SingleAsync());
        var digest = await MailToAsync(readerEmail);
        Assert.Contains($"{AcademyApp.PublicUrl}{threadUrl}?at=2#post-2", digest);
        AssertLinksOnlyToThePublicAddress(digest, atLeast: 2);

        var download = await reader.Http.GetStringAsync("/Account/Manage/data.json");
        Assert.Contains($"{AcademyApp.PublicUrl}{threadUrl}?at=2#post-2", download);
        AssertLinksOnlyToThePublicAddress(download, atLeast: 1);
    }

    [Fact]
    public async Task The_calendar_feed_and_its_address_on_the_cohort_page_name_only_the_public_address_whatever_host_is_asked_for()
    {
        var (member, memberId) = await app.NewLearnerAsync("Calendar Member");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (memberId, CohortRole.Learner));
        Forging(member);

        var home = await member.GetAsync($"/cohorts/{cohort}");
        var feedAddress = home.InputValue("calendar-url")!;
        Assert.StartsWith($"{AcademyApp.PublicUrl}/cohorts/{cohort}/calendar.ics?token=", feedAddress);
        AssertLinksOnlyToThePublicAddress(home.Document.DocumentElement.OuterHtml, atLeast: 2); // the feed's address, and as webcal://

        using var calendarApp = Forging(app.CreateAcademyClient());
        var feed = await calendarApp.Http.GetStringAsync(new Uri(feedAddress).PathAndQuery);
        Assert.Contains("BEGIN:VCALENDAR", feed);
        AssertLinksOnlyToThePublicAddress(Unfold(feed), atLeast: 7);
    }

    /// <summary>iCalendar folds long lines at 75 octets; a link is read whole only after unfolding.</summary>
    private static string Unfold(string feed) => feed.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteForgedHostTests(SqliteApp app) : ForgedHostTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresForgedHostTests(PostgresApp app) : ForgedHostTests<PostgresApp>(app);

/// <summary>
/// A production app on a real socket, so the peer address is the real one (127.0.0.1), with a strict sign-in
/// limit to see whose address is counted.
/// </summary>
public abstract class ProductionOnSocketApp : SqliteApp, IAsyncLifetime
{
    private Uri? address;

    public Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        address = new Uri(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask; // the factory's own Dispose stops the server

    protected abstract string KnownProxy { get; }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:AccountRateLimit:PostsPerWindow"] = "2",
        ["ForwardedHeaders:KnownProxies:0"] = KnownProxy,
        ["ForwardedHeaders:KnownNetworks:0"] = "198.51.100.0/24",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    /// <summary>A client over the socket that asks for <paramref name="host"/> (the public host unless told otherwise).</summary>
    public AcademyClient CreateSocketClient(string? host = null)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        http.DefaultRequestHeaders.Host = host ?? new Uri(PublicUrl).Host;
        return new AcademyClient(http);
    }
}

/// <summary>Its one configured proxy is elsewhere: the loopback peer is an ordinary client.</summary>
public sealed class UntrustedPeerApp : ProductionOnSocketApp
{
    protected override string KnownProxy => "192.0.2.10";
}

/// <summary>Its configured proxy is on loopback, as a load balancer on the same machine is.</summary>
public sealed class TrustedLoopbackProxyApp : ProductionOnSocketApp
{
    protected override string KnownProxy => "127.0.0.1";
}

/// <summary>Outside Development the app answers only its public host, and believes forwarded headers only from its configured proxies.</summary>
public sealed class PublicHostTests(UntrustedPeerApp app) : IClassFixture<UntrustedPeerApp>
{
    [Theory]
    [InlineData("attacker.example")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("academy.example.edu.attacker.example")]
    public async Task A_request_for_another_host_is_refused_with_400(string host)
    {
        using var client = app.CreateSocketClient(host);

        using var response = await client.Http.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_request_for_the_public_host_is_served_even_with_a_forged_forwarded_host()
    {
        using var client = app.CreateSocketClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Host", "attacker.example");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("attacker", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Forwarded_headers_are_believed_only_from_the_configured_proxies_and_never_for_the_host()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>>().Value;

        Assert.Equal(Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
            options.ForwardedHeaders);
        Assert.Equal([IPAddress.Parse("192.0.2.10")], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("198.51.100.0/24")], options.KnownIPNetworks);
    }

    [Fact]
    public async Task A_client_that_is_no_configured_proxy_cannot_escape_the_sign_in_limit_with_its_own_x_forwarded_for()
    {
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await SignInsClaimingThreeAddressesAsync(app));
    }

    /// <summary>Three failed sign-ins from one socket, each claiming another client address in X-Forwarded-For.</summary>
    internal static async Task<List<HttpStatusCode>> SignInsClaimingThreeAddressesAsync(ProductionOnSocketApp app)
    {
        using var client = app.CreateSocketClient();
        var signIn = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            client.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{attempt}");
            var result = await client.SubmitAsync(signIn, "sign-in",
                new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com", ["Input.Password"] = "wrong password here" });
            statuses.Add(result.Status);
        }

        return statuses;
    }
}

public sealed class TrustedProxyTests(TrustedLoopbackProxyApp app) : IClassFixture<TrustedLoopbackProxyApp>
{
    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_address_has_its_own_sign_in_limit()
    {
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], await PublicHostTests.SignInsClaimingThreeAddressesAsync(app));
    }
}

/// <summary>A production start without the public address it needs for every link.</summary>
public sealed class StartWithoutPublicAddressTests
{
    private sealed class AppWithPublicUrl(string? publicUrl) : SqliteApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Site:PublicUrl"] = publicUrl };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Theory]
    [InlineData(null, "Site:PublicUrl is not set")]
    [InlineData("", "Site:PublicUrl is not set")]
    [InlineData("academy.example.edu", "is not an absolute http or https address")]
    [InlineData("ftp://academy.example.edu", "is not an absolute http or https address")]
    public void Outside_development_the_app_does_not_start_and_says_what_to_set(string? publicUrl, string message)
    {
        using var app = new AppWithPublicUrl(publicUrl);

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, failure.ToString());
    }
}
