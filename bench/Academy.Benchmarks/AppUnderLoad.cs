using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Academy.Benchmarks;

/// <summary>The Release build of the app as its own process, in Production, on the benchmark's database.</summary>
internal sealed partial class AppUnderLoad : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private AppUnderLoad(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <param name="cpus">The cores the app is pinned to (taskset's list, e.g. "1"), away from the load generators; null: not pinned.</param>
    public static async Task<AppUnderLoad> StartAsync(string provider, string connectionString, string workFolder, string? cpus)
    {
        var appFolder = Path.Combine(RepositoryPaths.Root, "src", "Academy.Web", "bin", "Release", "net10.0");
        var appDll = Path.Combine(appFolder, "Academy.Web.dll");
        if (!File.Exists(appDll))
        {
            throw new InvalidOperationException($"{appDll} is missing: build with `dotnet build -c Release` first (bench/run.sh does).");
        }

        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(cpus is null ? "dotnet" : "taskset")
        {
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "src", "Academy.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in cpus is null ? [appDll] : new[] { "-c", cpus, "dotnet", appDll })
        {
            start.ArgumentList.Add(argument);
        }

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = baseAddress.ToString(),
            ["Site__PublicUrl"] = baseAddress.ToString(), // also the one host a production app serves
            ["Database__Provider"] = provider,
            ["ConnectionStrings__Academy"] = connectionString,
            ["Content__Path"] = Path.Combine(RepositoryPaths.Root, "content"),
            ["Email__PickupDirectory"] = Path.Combine(workFolder, "mail"),
            ["Diagnostics__ExposeDbCommandCount"] = "true",
            ["Benchmark__Enabled"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var job in BenchmarkApp.PeriodicJobs)
        {
            environment[job.Replace(":", "__", StringComparison.Ordinal)] = "false";
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var app = new AppUnderLoad(Process.Start(start) ?? throw new InvalidOperationException("The app did not start."), baseAddress);
        app.process.OutputDataReceived += (_, line) => app.Remember(line.Data);
        app.process.ErrorDataReceived += (_, line) => app.Remember(line.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !app.process.HasExited)
        {
            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The app did not answer /health:{Environment.NewLine}{string.Join(Environment.NewLine, app.Output())}");
    }

    /// <summary>The bytes the app's runtime has allocated since it started (GC.GetTotalAllocatedBytes, read through the benchmark's endpoint).</summary>
    public async Task<long> AllocatedBytesAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        return long.Parse(await client.GetStringAsync("/benchmark/allocated"), CultureInfo.InvariantCulture);
    }

    /// <summary>The most memory the process has held so far (VmHWM, the peak resident set), in MiB.</summary>
    public double PeakWorkingSetMiB => StatusKiB("VmHWM") / 1024.0;

    /// <summary>The memory the process holds now (VmRSS), in MiB.</summary>
    public double WorkingSetMiB => StatusKiB("VmRSS") / 1024.0;

    public IReadOnlyList<string> Output()
    {
        lock (output)
        {
            return output.TakeLast(40).ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private long StatusKiB(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(Digits().Match(line).Value, CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"/proc/{process.Id}/status has no {field}.");
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
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
