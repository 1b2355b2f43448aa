using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// The built app as a process of its own, in Development (demo accounts seeded) on a database of the test's
/// choosing, so a test can kill it the way a crash or the out-of-memory killer would and start it again.
/// </summary>
public sealed class AppProcess : IDisposable
{
    /// <summary>The ports <see cref="FreePort"/> gave in this process, none given twice.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte> PortsGiven = new();

    private readonly string workFolder = Directory.CreateTempSubdirectory("academy-process-").FullName;
    private readonly Dictionary<string, string> environment;
    private readonly List<string> output = [];
    private readonly List<string> errors = [];
    private int errorLinesToKeep;
    private Process? process;
    private string configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public AppProcess(string provider, string connectionString)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = BaseAddress.ToString(),
            ["Database__Provider"] = provider,
            ["ConnectionStrings__Academy"] = connectionString,
            ["Content__Path"] = RepositoryPaths.Content,
            ["Email__PickupDirectory"] = MailFolder,
            ["Email__SendDailyDigests"] = "false",
            ["Jobs__outbox__PeriodSeconds"] = "1", // the outbox sender runs in the process: mail arrives within a second or two
            ["Reflections__DueReminders"] = "false",
            ["Cohorts__SessionReminders"] = "false",
            ["Demo__Activity"] = "false",
            ["Security__AccountRateLimit__PostsPerWindow"] = "10000",
        };
    }

    public Uri BaseAddress { get; }

    /// <summary>Where this instance writes the e-mails it sends (no SMTP host is configured).</summary>
    public string MailFolder => Path.Combine(workFolder, "mail");

    /// <summary>Sets one more environment variable for the process (before <see cref="StartAsync"/>).</summary>
    public AppProcess With(string name, string value)
    {
        environment[name] = value;
        return this;
    }

    /// <summary>Runs the app as built in that configuration (the cluster tests run Release builds) instead of the tests' own.</summary>
    public AppProcess BuiltAs(string buildConfiguration)
    {
        configuration = buildConfiguration;
        return this;
    }

    public static AppProcess OnSqlite() => new("Sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"academy-process-{Guid.NewGuid():N}.db")}");

    public static AppProcess OnPostgres() => new("Postgres", PostgresApp.CreateDatabase());

    public AcademyClient CreateClient() => new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = BaseAddress,
    });

    /// <summary>Starts the app and waits until it answers /health.</summary>
    public async Task StartAsync()
    {
        var appFolder = Path.Combine(RepositoryPaths.Root, "src", "Academy.Web", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.Combine(appFolder, "Academy.Web.dll"))
        {
            WorkingDirectory = appFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, line) => Remember(line.Data);
        process.ErrorDataReceived += (_, line) => Remember(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        // A Debug start (migrations, the course's import) takes a few seconds alone, and far longer on two cores shared with browsers.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or too busy starting to answer within the probe's timeout (a loaded machine)
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The app did not answer /health.{Environment.NewLine}{string.Join(Environment.NewLine, Output())}");
    }

    /// <summary>Kills the process at once: no graceful shutdown, nothing flushed on the way out.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    public IReadOnlyList<string> Output()
    {
        lock (output)
        {
            return output.TakeLast(40).ToList();
        }
    }

    /// <summary>The errors the app logged (each with the lines after it), oldest first.</summary>
    public IReadOnlyList<string> Errors()
    {
        lock (output)
        {
            return errors.ToList();
        }
    }

    public void Dispose()
    {
        Kill();
        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException)
        {
            // left for the machine's temp cleaning
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
            // An error's log entry and its stack trace, kept whole for a failing test's message.
            errorLinesToKeep = line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) ? 30 : errorLinesToKeep - 1;
            if (errorLinesToKeep > 0)
            {
                errors.Add(line);
            }
        }
    }

    /// <summary>
    /// A loopback port nothing listens on, for a server a test starts. Chosen below the kernel's range for outgoing
    /// connections: a port the kernel picks (binding port 0) can be handed to another process's connection between
    /// choosing it and the server binding it, which once failed a run; a port below that range is taken only by a
    /// listener. Never the same port twice in one test process.
    /// </summary>
    public static int FreePort()
    {
        var below = OutgoingPortsFrom();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(Math.Max(1024, below - 16_000), below);
            if (PortsGiven.TryAdd(port, 0) && NothingListensOn(port))
            {
                return port;
            }
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The first port of the kernel's range for outgoing connections (Linux's own default when it cannot be read).</summary>
    private static int OutgoingPortsFrom()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        return File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0],
            System.Globalization.CultureInfo.InvariantCulture, out var first) && first > 2048
            ? first
            : 32768;
    }

    private static bool NothingListensOn(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
