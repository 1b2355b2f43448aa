using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Academy.Benchmarks;

// The load benchmark (issue 8): bench/run.sh builds in Release, starts a throwaway PostgreSQL and calls this
// with its connection string. Options: --providers sqlite,postgres  --seconds 10  --warmup 5  --connections 64
// --soak-minutes 0  --report docs/performance.md  --keep-data (to profile the app on the data set afterwards)
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        // WebApplicationFactory finds the app's content root through the manifest next to this program.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"### Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine.Describe()}. Load: wrk {options.Connections} connections, 2 threads, on loopback, {options.WarmupSeconds} s warm-up then {options.Seconds} s measured per row; the app is the Release build in Production.").AppendLine();

        var failures = 0;
        var targetsMissed = new List<string>();
        foreach (var provider in options.Providers)
        {
            var run = await ProviderRun.RunAsync(provider, options, Console.Out);
            report.Append(run.Markdown);
            failures += run.Failures;
            targetsMissed.AddRange(run.TargetsMissed.Select(target => $"{provider}: {target}"));
        }

        Console.WriteLine();
        Console.WriteLine(report);
        if (options.ReportPath is { } reportPath)
        {
            Report.Write(reportPath, report.ToString());
            Console.WriteLine($"Written to {reportPath}.");
        }

        Console.WriteLine(targetsMissed.Count == 0 ? "Every target met." : $"Targets missed: {string.Join("; ", targetsMissed)}");
        return failures > 0 ? 1 : 0;
    }
}

internal sealed record Options(
    IReadOnlyList<string> Providers, string? Postgres, int Seconds, int WarmupSeconds, int Connections, int SoakMinutes, string? ReportPath, bool KeepData)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(arg => arg != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
        var providers = (Value("--providers") ?? "sqlite,postgres").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var postgres = Value("--postgres");
        if (providers.Contains("postgres") && string.IsNullOrWhiteSpace(postgres))
        {
            throw new ArgumentException("--postgres <connection string> is needed for the postgres run (bench/run.sh passes its throwaway server).");
        }

        return new Options(providers, postgres, Number("--seconds", 10), Number("--warmup", 5), Number("--connections", 64),
            Number("--soak-minutes", 0), Value("--report") is { } report ? Path.GetFullPath(report) : null,
            args.Contains("--keep-data"));
    }
}

/// <summary>One page under load: where it is, who reads it, and what it is held to.</summary>
internal sealed record BenchPage(string Name, string Title, IReadOnlyList<string> Paths, bool AsInstructor, double? MinimumRatio = null, int? MaximumCommands = null);

internal sealed record PageResult(BenchPage Page, LoadResult Load, LoadResult Ceiling, int Commands, int Bytes, double PeakWorkingSetMiB)
{
    public double Ratio => Load.RequestsPerSecond / Ceiling.RequestsPerSecond;
}

internal sealed record ProviderRunResult(string Markdown, int Failures, IReadOnlyList<string> TargetsMissed);

internal static class ProviderRun
{
    public static async Task<ProviderRunResult> RunAsync(string provider, Options options, TextWriter log)
    {
        var work = Directory.CreateTempSubdirectory("academy-bench-").FullName;
        var ceilingFolder = Path.Combine(work, "ceiling");
        Directory.CreateDirectory(ceilingFolder);
        var (providerName, connectionString, title) = provider switch
        {
            "sqlite" => ("Sqlite", $"Data Source={Path.Combine(work, "academy.db")}", "SQLite"),
            "postgres" => ("Postgres", await NewPostgresDatabaseAsync(options.Postgres!), "PostgreSQL"),
            _ => throw new ArgumentException($"Unknown provider {provider}: sqlite or postgres."),
        };

        log.WriteLine($"== {title}: seeding the data set");
        var seeding = Stopwatch.StartNew();
        BenchmarkTargets targets;
        await using (var seeder = new BenchmarkApp(providerName, connectionString, work))
        {
            targets = await BenchmarkData.SeedAsync(seeder, log);
        }

        seeding.Stop();
        log.WriteLine($"== {title}: seeded in {seeding.Elapsed.TotalSeconds:0} s; starting the Release app");
        var app = await AppUnderLoad.StartAsync(providerName, connectionString, work, ceilingFolder);
        try
        {
            return await MeasureAsync(app, targets, seeding.Elapsed, title, ceilingFolder, options, log);
        }
        finally
        {
            await app.DisposeAsync();
            if (options.KeepData)
            {
                log.WriteLine($"== {title}: the data set stays in {work} ({connectionString})");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static async Task<ProviderRunResult> MeasureAsync(AppUnderLoad app, BenchmarkTargets targets, TimeSpan seeding, string title, string ceilingFolder, Options options, TextWriter log)
    {
        var learner = await Load.SignInAsync(app.BaseAddress, targets.LearnerEmail, BenchmarkData.Password);
        var instructor = await Load.SignInAsync(app.BaseAddress, targets.InstructorEmail, BenchmarkData.Password);

        var cohort = targets.CohortSlug;
        var threadPath = $"/cohorts/{cohort}/discussions/{targets.ThreadNumber}?after=0";
        var longThreadPages = await PagesOfThreadAsync(app.BaseAddress, learner, $"/cohorts/{cohort}/discussions/{targets.LongThreadNumber}");
        BenchPage[] pages =
        [
            new("module", "Module page", [$"/courses/{BenchmarkData.CourseSlug}/modules/{targets.ModuleSlug}"], false, MinimumRatio: 0.30, MaximumCommands: 3),
            new("thread", "Thread page (first 20 posts)", [threadPath], false, MinimumRatio: 0.35, MaximumCommands: 4),
            new("long-thread", $"500-post thread read in full ({longThreadPages.Count} pages)", longThreadPages, false),
            new("directory", "Cohort directory (500 members)", [$"/cohorts/{cohort}/people"], false, MaximumCommands: 3),
            new("review", "Reflection review queue (instructor)", [$"/cohorts/{cohort}/reflections/review"], true),
            new("home", "Home (my learning)", ["/"], false),
            // No database and no per-user content: what rendering a page of this host costs at the least.
            new("sign-in", "Sign-in page (rendering alone, no database)", ["/Account/Login"], false),
        ];

        // The JIT settles (tiered compilation, dynamic PGO) before anything is measured: every page and its ceiling once.
        foreach (var page in pages)
        {
            var cookie = page.AsInstructor ? instructor : learner;
            await CaptureAsync(app.BaseAddress, page, cookie, ceilingFolder);
            await Load.WrkAsync(app.BaseAddress, page.Paths, cookie, options.Connections, options.WarmupSeconds);
            await Load.WrkAsync(app.BaseAddress, [$"/benchmark/ceiling/{page.Name}"], cookie, options.Connections, options.WarmupSeconds);
        }

        var results = new List<PageResult>();
        var failures = 0;
        foreach (var page in pages)
        {
            var cookie = page.AsInstructor ? instructor : learner;
            var (commands, bytes) = await CaptureAsync(app.BaseAddress, page, cookie, ceilingFolder);
            var ceilingPath = $"/benchmark/ceiling/{page.Name}";
            await Load.WrkAsync(app.BaseAddress, page.Paths, cookie, options.Connections, options.WarmupSeconds);
            var load = await Load.WrkAsync(app.BaseAddress, page.Paths, cookie, options.Connections, options.Seconds);
            await Load.WrkAsync(app.BaseAddress, [ceilingPath], cookie, options.Connections, options.WarmupSeconds);
            var ceiling = await Load.WrkAsync(app.BaseAddress, [ceilingPath], cookie, options.Connections, options.Seconds);
            var result = new PageResult(page, load, ceiling, commands, bytes, app.PeakWorkingSetMiB);
            results.Add(result);
            failures += (int)(load.Failed + ceiling.Failed);
            log.WriteLine($"  {page.Title}: {load.RequestsPerSecond:0} req/s (ceiling {ceiling.RequestsPerSecond:0}, ratio {result.Ratio:0.00}), " +
                $"p95 {load.P95Ms:0.0} ms, {commands} commands, {load.Failed} failed");
        }

        // Latency at half of the thread page's own peak, at a constant rate.
        var thread = results.Single(r => r.Page.Name == "thread");
        var halfRate = thread.Load.RequestsPerSecond / 2;
        var atHalf = await Load.ConstantRateAsync(app.BaseAddress, threadPath, learner, halfRate, options.Seconds + options.WarmupSeconds);
        failures += (int)atHalf.Failed;
        log.WriteLine($"  Thread page at {halfRate:0} req/s: p50 {atHalf.P50Ms:0.0} ms, p95 {atHalf.P95Ms:0.0} ms, p99 {atHalf.P99Ms:0.0} ms");

        var soak = options.SoakMinutes > 0 ? await SoakAsync(app, pages, learner, instructor, options, log) : null;
        failures += soak?.Failed ?? 0;

        var missed = new List<string>();
        var markdown = new StringBuilder();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"#### {title}").AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture,
            $"Data: {targets.Size.Cohorts} cohorts, {targets.Size.Learners:N0} learners, {targets.Size.Connections:N0} connections, " +
            $"{targets.Size.Posts:N0} posts in {targets.Size.Threads:N0} threads (the longest 500), {targets.Size.Reflections:N0} reflections; seeded in {seeding.TotalSeconds:0} s.").AppendLine();
        markdown.AppendLine("| Page | Requests/s | p50 ms | p95 ms | p99 ms | Ceiling req/s | Ratio to ceiling | DB commands | KiB | Peak working set MiB | Failed |");
        markdown.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Page.Title} | {r.Load.RequestsPerSecond:0} | {r.Load.P50Ms:0.0} | {r.Load.P95Ms:0.0} | {r.Load.P99Ms:0.0} | {r.Ceiling.RequestsPerSecond:0} | " +
                $"{r.Ratio:0.00} | {r.Commands} | {r.Bytes / 1024.0:0} | {r.PeakWorkingSetMiB:0} | {r.Load.Failed + r.Ceiling.Failed} |");
            if (r.Page.MinimumRatio is { } minimum && r.Ratio < minimum)
            {
                missed.Add($"{r.Page.Title} ratio {r.Ratio:0.00} < {minimum:0.00}");
            }

            if (r.Page.MaximumCommands is { } maximum && r.Commands > maximum)
            {
                missed.Add($"{r.Page.Title} {r.Commands} commands > {maximum}");
            }
        }

        markdown.AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture,
            $"Thread page at half its peak ({halfRate:0} req/s, constant rate for {options.Seconds + options.WarmupSeconds} s, latency from the moment each request was due): " +
            $"p50 {atHalf.P50Ms:0.0} ms, p95 {atHalf.P95Ms:0.0} ms, p99 {atHalf.P99Ms:0.0} ms, {atHalf.Failed} failed (target p95 ≤ 30 ms: {(atHalf.P95Ms <= 30 ? "met" : "missed")}).");
        if (atHalf.P95Ms > 30)
        {
            missed.Add($"thread page p95 at half peak {atHalf.P95Ms:0.0} ms > 30 ms");
        }

        if (soak is not null)
        {
            markdown.AppendLine().AppendLine(soak.Markdown);
        }

        markdown.AppendLine();
        markdown.AppendLine(missed.Count == 0 ? "Targets: all met." : $"Targets missed: {string.Join("; ", missed)}.");
        markdown.AppendLine();
        return new ProviderRunResult(markdown.ToString(), failures, missed);
    }

    /// <summary>
    /// The page's bytes for the ceiling endpoint, and how many database commands a request takes once the reader
    /// has been there before (from X-Db-Commands; a first visit may also record it).
    /// </summary>
    private static async Task<(int Commands, int Bytes)> CaptureAsync(Uri baseAddress, BenchPage page, string cookie, string ceilingFolder)
    {
        using var client = Client(baseAddress, cookie);
        var maximum = 0;
        byte[] first = [];
        foreach (var path in page.Paths)
        {
            using var response = await client.GetAsync(path);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{page.Title}: {path} answered {(int)response.StatusCode}.");
            }

            var bytes = await response.Content.ReadAsByteArrayAsync();
            first = first.Length == 0 ? bytes : first;
            maximum = Math.Max(maximum, int.Parse(response.Headers.GetValues("X-Db-Commands").Single(), CultureInfo.InvariantCulture));
        }

        await File.WriteAllBytesAsync(Path.Combine(ceilingFolder, page.Name + ".html"), first);
        return (maximum, first.Length);
    }

    /// <summary>The addresses a reader goes through to read a thread from its first post to its last ("Load more posts").</summary>
    private static async Task<List<string>> PagesOfThreadAsync(Uri baseAddress, string cookie, string threadPath)
    {
        using var client = Client(baseAddress, cookie);
        var pages = new List<string>();
        var next = $"{threadPath}?after=0";
        while (next is not null)
        {
            pages.Add(next);
            var html = await client.GetStringAsync(next);
            var more = Regex.Match(html, "class=\"load-more\"><a class=\"button secondary\" href=\"(?<href>[^\"]+)\"");
            next = more.Success ? System.Net.WebUtility.HtmlDecode(more.Groups["href"].Value) : null;
        }

        return pages;
    }

    private sealed record SoakResult(string Markdown, int Failed);

    /// <summary>Every page in turn under full load for the given minutes, the working set sampled after each half minute.</summary>
    private static async Task<SoakResult> SoakAsync(AppUnderLoad app, BenchPage[] pages, string learner, string instructor, Options options, TextWriter log)
    {
        var samples = new List<(double Minute, double WorkingSet)>();
        var clock = Stopwatch.StartNew();
        var requests = 0L;
        var failed = 0L;
        var round = 0;
        while (clock.Elapsed.TotalMinutes < options.SoakMinutes)
        {
            var page = pages[round++ % pages.Length];
            var load = await Load.WrkAsync(app.BaseAddress, page.Paths, page.AsInstructor ? instructor : learner, options.Connections, 30);
            requests += load.Requests;
            failed += load.Failed;
            samples.Add((clock.Elapsed.TotalMinutes, app.WorkingSetMiB));
            log.WriteLine($"  soak {clock.Elapsed.TotalMinutes:0.0} min: {page.Name} {load.RequestsPerSecond:0} req/s, working set {app.WorkingSetMiB:0} MiB");
        }

        var firstRound = samples.Take(pages.Length).Max(s => s.WorkingSet);
        var lastRound = samples.TakeLast(pages.Length).Max(s => s.WorkingSet);
        var markdown = $"Memory over a {options.SoakMinutes}-minute run ({requests:N0} requests, every page in turn for 30 s, {failed} failed): " +
            $"working set after each 30 s {string.Join(", ", samples.Select(s => s.WorkingSet.ToString("0", CultureInfo.InvariantCulture)))} MiB; " +
            $"highest in the first round {firstRound:0} MiB, in the last round {lastRound:0} MiB, peak {app.PeakWorkingSetMiB:0} MiB.";
        return new SoakResult(markdown, (int)failed);
    }

    private static HttpClient Client(Uri baseAddress, string cookie)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task<string> NewPostgresDatabaseAsync(string serverConnectionString)
    {
        var name = $"academy_bench_{Guid.NewGuid():N}"[..28];
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, MaxPoolSize = 200 }.ConnectionString;
    }
}

internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First().Split(':')[1].Trim();
        var memoryGiB = long.Parse(memory.Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
        return $"{Environment.ProcessorCount} cores ({cpu}), {memoryGiB:0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}

internal static class Report
{
    private const string Start = "<!-- benchmark results: written by bench/run.sh -->";
    private const string End = "<!-- end of benchmark results -->";

    /// <summary>Puts the run's tables between the markers of the document, keeping the prose around them.</summary>
    public static void Write(string path, string results)
    {
        var document = File.Exists(path) ? File.ReadAllText(path) : $"# Performance\n\n{Start}\n{End}\n";
        var from = document.IndexOf(Start, StringComparison.Ordinal);
        var to = document.IndexOf(End, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            document = document.TrimEnd() + $"\n\n{Start}\n{End}\n";
            from = document.IndexOf(Start, StringComparison.Ordinal);
            to = document.IndexOf(End, StringComparison.Ordinal);
        }

        File.WriteAllText(path, document[..(from + Start.Length)] + "\n" + results.TrimEnd() + "\n" + document[to..]);
    }
}
