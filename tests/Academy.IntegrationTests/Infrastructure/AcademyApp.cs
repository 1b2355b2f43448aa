using Academy.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real, empty database of its own, in Development (so the demo cohort is seeded), with
/// the repository's course content. One per provider, shared by a test collection.
/// </summary>
public abstract class AcademyApp : WebApplicationFactory<Program>
{
    private readonly string workFolder = Directory.CreateTempSubdirectory("academy-tests-").FullName;

    /// <summary>
    /// The configured public address. Test clients reach the app as http://localhost, so a link built from the
    /// request's Host instead of this address shows in every test that reads one.
    /// </summary>
    public const string PublicUrl = "https://academy.example.edu";

    public abstract string Provider { get; }

    public string MailFolder => Path.Combine(workFolder, "mail");

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected abstract string ConnectionString { get; }

    /// <summary>The database this app uses, for another instance of the app to share (<see cref="AppInstances"/>).</summary>
    public string DatabaseConnectionString => ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["Site:PublicUrl"] = PublicUrl,
            ["ConnectionStrings:Academy"] = ConnectionString,
            ["Content:Path"] = RepositoryPaths.Content,
            ["Email:PickupDirectory"] = MailFolder,
            ["Diagnostics:ExposeDbCommandCount"] = "true",
            ["Security:AccountRateLimit:PostsPerWindow"] = "10000",
            ["Email:SendDailyDigests"] = "false", // tests send them when they choose
            ["Email:DeliverOutbox"] = "false", // likewise the outbox (DeliverMailAsync)
            ["Reflections:DueReminders"] = "false", // and the reminders of reflections due soon
            ["Cohorts:SessionReminders"] = "false", // and of live sessions
            ["Courses:ScheduledPublishing"] = "false", // likewise scheduled publications
            ["Security:SessionRevalidationSeconds"] = "86400", // a session check mid-test would add commands to the counted pages
            ["Demo:Activity"] = "false", // the demo people and cohort, without their first weeks: tests write what they read
            // Every app of the run shares this process's thread pool, whose queue then says how busy the run is, not the
            // app; the guard is tested in an app process of its own (ThreadPoolBacklogTests).
            ["Security:ConcurrencyLimit:BacklogTargetMilliseconds"] = "0",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public AcademyClient CreateAcademyClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Runs code against the app's own services in a fresh scope, as a background job would.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>
    /// Sends a request through the real pipeline as a signed-in user (no page in between), the way a forged
    /// post that got past the page would reach the handler.
    /// </summary>
    public Task<T> SendAsAsync<T>(string userId, MediatR.IRequest<T> request, params string[] roles) => SendAsAsync(userId, null, request, roles);

    /// <summary>As <see cref="SendAsAsync{T}(string, MediatR.IRequest{T}, string[])"/>, for a caller with a display name, as a signed-in person has.</summary>
    public Task<T> SendAsAsync<T>(string userId, string? displayName, MediatR.IRequest<T> request, params string[] roles) => WithScopeAsync(async services =>
    {
        var claims = new List<System.Security.Claims.Claim> { new(System.Security.Claims.ClaimTypes.NameIdentifier, userId) };
        if (displayName is not null)
        {
            claims.Add(new System.Security.Claims.Claim(Academy.Shared.Security.AcademyClaimTypes.DisplayName, displayName));
        }

        claims.AddRange(roles.Select(role => new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, role)));
        services.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            RequestServices = services,
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(claims, "test")),
        };
        return await services.GetRequiredService<MediatR.IMediator>().Send(request);
    });

    /// <summary>
    /// Runs the outbox sender now, as its job would every few seconds (this app does not run it in the background), so
    /// what is in the outbox lands in <see cref="MailFolder"/> (or the configured SMTP server); returns how many were sent.
    /// </summary>
    public Task<int> DeliverMailAsync() =>
        WithScopeAsync(services => services.GetRequiredService<Academy.Web.Email.OutboxSender>().SendDueAsync(CancellationToken.None));

    /// <summary>The mail delivered to the pickup folder so far, after delivering the outbox.</summary>
    public async Task<IReadOnlyList<Mail>> MailAsync()
    {
        await DeliverMailAsync();
        return PickupMail.Messages(MailFolder);
    }

    internal Task<T> WithDbAsync<T>(Func<AcademyDbContext, Task<T>> work) =>
        WithScopeAsync(services => work(services.GetRequiredService<AcademyDbContext>()));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the host; the temp folder is cleaned by the machine.
        }
    }
}

public class SqliteApp : AcademyApp
{
    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"academy-test-{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={databaseFile}";
}

/// <summary>A fresh database on the throwaway PostgreSQL server that ./test.sh starts.</summary>
public class PostgresApp : AcademyApp
{
    public const string ServerVariable = "ACADEMY_TEST_POSTGRES";

    private readonly Lazy<string> connectionString = new(CreateDatabase);

    public override string Provider => "Postgres";

    protected override string ConnectionString => connectionString.Value;

    /// <summary>A new, empty database on the test server; its connection string.</summary>
    public static string CreateDatabase()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL server and sets it.");
        }

        var database = $"academy_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Academy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Academy.sln was not found above the test binaries.");
    }
}
