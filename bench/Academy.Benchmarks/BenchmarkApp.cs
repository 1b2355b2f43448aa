using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Benchmarks;

/// <summary>
/// The real app's services in this process, on the benchmark's database: starting it migrates the schema,
/// makes the roles and imports the course from <c>content/</c>, exactly as the app does at start-up.
/// </summary>
internal sealed class BenchmarkApp(string provider, string connectionString, string workFolder) : WebApplicationFactory<Program>
{
    /// <summary>
    /// The settings that switch the app's periodic jobs off, here and in the app under load: the data set's sessions and
    /// deadlines would have them write 2,000 reminders and e-mails at some moment of the run, on the app's one core, in the
    /// middle of whichever row is measured then.
    /// </summary>
    public static readonly string[] PeriodicJobs =
        ["Email:SendDailyDigests", "Courses:ScheduledPublishing", "Cohorts:SessionReminders", "Reflections:DueReminders"];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Site:PublicUrl", "http://localhost");
        builder.UseSetting("ConnectionStrings:Academy", connectionString);
        builder.UseSetting("Content:Path", Path.Combine(RepositoryPaths.Root, "content"));
        builder.UseSetting("Email:PickupDirectory", Path.Combine(workFolder, "mail"));
        foreach (var job in PeriodicJobs)
        {
            builder.UseSetting(job, "false");
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None"); // a new database's first migration query fails by design
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Sends a request through the real pipeline as this user, the way a page would on their behalf.</summary>
    public Task<T> SendAsAsync<T>(string userId, IRequest<T> request, params string[] roles) => WithScopeAsync(async services =>
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId) };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = services,
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "benchmark")),
        };
        return await services.GetRequiredService<IMediator>().Send(request);
    });
}

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Academy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (Academy.sln not found above the program).");
    }
}
