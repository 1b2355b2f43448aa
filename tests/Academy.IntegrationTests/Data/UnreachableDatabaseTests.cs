using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Academy.IntegrationTests.Data;

/// <summary>
/// Academy started against a SQL Server that cannot be reached (a closed port on this machine; no SQL Server engine
/// runs here): it starts at once, says why in one log line, and answers 503 everywhere, /health and /health/ready
/// included, with no stack trace on any page; /health/live answers 200.
/// </summary>
public sealed class UnreachableDatabaseTests
{
    [Fact]
    public async Task Start_up_against_an_unreachable_SQL_Server_fails_fast_with_one_clear_log_line_and_answers_503()
    {
        var log = new RecordingLoggerProvider();
        var watch = Stopwatch.StartNew();
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "SqlServer");
            builder.UseSetting("ConnectionStrings:Academy", "Server=127.0.0.1,1;Database=academy;Connect Timeout=3;TrustServerCertificate=True");
            builder.UseSetting("Site:PublicUrl", "https://academy.example.edu");
            builder.UseSetting("Site:InternalHosts:0", "localhost");
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        });
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var health = await client.GetAsync("/health");
        var started = watch.Elapsed;
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");
        var home = await client.GetAsync("/");
        var signIn = await client.GetAsync("/Account/Login");

        Assert.InRange(started, TimeSpan.Zero, TimeSpan.FromSeconds(30)); // not EF's minutes of retries
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode); // the process is up: restarting it would not bring the database back
        foreach (var page in new[] { home, signIn })
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            Assert.Contains("Academy is not open yet", html);
            Assert.DoesNotContain("Exception", html);
            Assert.DoesNotMatch(@"\bat [\w.`]+\(", html); // no stack frame
        }

        // Start-up says it once; the health check then reports its own failed check each time it is asked.
        var said = Assert.Single(log.Entries, entry => entry.Level >= LogLevel.Error && entry.Category == typeof(Academy.Web.Startup.DatabaseReadiness).FullName);
        Assert.StartsWith("The database (SqlServer) cannot be reached with ConnectionStrings:Academy:", said.Message);
        Assert.Null(said.Exception); // one line, no stack trace
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Recorder(RecordingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Entries.Enqueue((category, logLevel, formatter(state, exception), exception));
        }
    }
}
