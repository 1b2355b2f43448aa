using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Academy.Benchmarks;

// The load benchmark (issue 8): bench/run.sh builds in Release, starts a throwaway PostgreSQL and calls this
// with its connection string. Options: --providers sqlite,postgres  --seconds 10  --warmup 5  --connections 16
// --soak-minutes 0  --report docs/performance.md  --keep-data (to profile the app on the data set afterwards)
// --app-cpus 1 (taskset's list of the app's cores; bench/run.sh runs this program and wrk on core 0)
// --pages thread,review (only these rows, to measure one change before and after; the floors and the thread page, which
// the half-peak and overload rows load, always run)
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
        var pinning = options.AppCpus is { } cpus ? $"pinned with taskset to core(s) {cpus} with the database server, the load generators to the other core(s)" : "not pinned";
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine.Describe()}. Load: wrk {options.Connections} connections, 2 threads, on loopback; every page {options.WarmupSeconds} s once before the rows, then per row {options.WarmupSeconds} s of warm-up and {options.Seconds} s measured; the app is the Release build in Production, {pinning}.").AppendLine();

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
    IReadOnlyList<string> Providers, string? Postgres, int Seconds, int WarmupSeconds, int Connections, int SoakMinutes, string? ReportPath, bool KeepData,
    string? AppCpus, IReadOnlySet<string>? Pages)
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

        return new Options(providers, postgres, Number("--seconds", 10), Number("--warmup", 5), Number("--connections", 16),
            Number("--soak-minutes", 0), Value("--report") is { } report ? Path.GetFullPath(report) : null,
            args.Contains("--keep-data"), Value("--app-cpus"),
            Value("--pages")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet());
    }
}

/// <summary>Who reads a page under load.</summary>
internal enum Reader
{
    Learner,
    Instructor,
    Admin,
    SmallCohortLearner,
    SmallCohortInstructor,
}

/// <summary>
/// One page under load: where it is, who reads it, its database command budget, and, for a list that grows with the
/// cohort, the row of the same page in the 2,000-member cohort it is compared with (<see cref="LargeTwin"/>).
/// A floor is no page a person opens: it is what the others are measured against.
/// </summary>
internal sealed record BenchPage(string Name, string Title, IReadOnlyList<string> Paths, Reader Reader, int? MaximumCommands = null,
    bool IsFloor = false, string? LargeTwin = null);

internal sealed record PageResult(BenchPage Page, LoadResult Load, int Commands, int Bytes, double AllocatedPerRequest, double PeakWorkingSetMiB)
{
    public double AllocationToResponse => AllocatedPerRequest / Bytes;
}

/// <summary>
/// The readers' sign-in cookies, renewed before they are four minutes old. The app revalidates a session every five
/// minutes and sends a renewed cookie, which a browser keeps; wrk does not, so with an old cookie every request would
/// revalidate (six database commands instead of one on the notifications page) and measure what no reader sees.
/// </summary>
internal sealed class SignedInReaders(Uri baseAddress, IReadOnlyDictionary<Reader, string> emails)
{
    private static readonly TimeSpan RenewAfter = TimeSpan.FromMinutes(4);
    private readonly Dictionary<Reader, (string Cookie, DateTime SignedInAt)> cookies = [];

    public async Task<string> OfAsync(Reader reader)
    {
        if (!cookies.TryGetValue(reader, out var signedIn) || DateTime.UtcNow - signedIn.SignedInAt > RenewAfter)
        {
            signedIn = (await Load.SignInAsync(baseAddress, emails[reader], BenchmarkData.Password), DateTime.UtcNow);
            cookies[reader] = signedIn;
        }

        return signedIn.Cookie;
    }
}

internal sealed record ProviderRunResult(string Markdown, int Failures, IReadOnlyList<string> TargetsMissed);

internal static class ProviderRun
{
    /// <summary>Share of the Fortunes floor every page a person opens must reach, by provider.</summary>
    private static readonly Dictionary<string, double> MinimumShare = new() { ["SQLite"] = 0.5, ["PostgreSQL"] = 0.35 };

    /// <summary>p95 of the thread page at half its peak, by provider.</summary>
    private static readonly Dictionary<string, double> HalfPeakP95Ms = new() { ["SQLite"] = 30, ["PostgreSQL"] = 50 };

    private const double MostAllocationToResponse = 10;
    private const double MostPeakWorkingSetMiB = 500;
    private const double LargestSizeDifference = 0.20;

    public static async Task<ProviderRunResult> RunAsync(string provider, Options options, TextWriter log)
    {
        var work = Directory.CreateTempSubdirectory("academy-bench-").FullName;
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
        if (provider == "postgres")
        {
            await VacuumPostgresAsync(connectionString);
        }

        if (provider == "postgres" && options.AppCpus is { } cpus)
        {
            await PinPostgresAsync(cpus); // the database server works for the app: it shares the app's cores, not the generators'
        }

        log.WriteLine($"== {title}: seeded in {seeding.Elapsed.TotalSeconds:0} s; starting the Release app");
        var app = await AppUnderLoad.StartAsync(providerName, connectionString, work, options.AppCpus);
        try
        {
            return await MeasureAsync(app, targets, seeding.Elapsed, title, options, log);
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

    private static async Task<ProviderRunResult> MeasureAsync(AppUnderLoad app, BenchmarkTargets targets, TimeSpan seeding, string title, Options options, TextWriter log)
    {
        var cookies = new SignedInReaders(app.BaseAddress, new Dictionary<Reader, string>
        {
            [Reader.Learner] = targets.LearnerEmail,
            [Reader.Instructor] = targets.InstructorEmail,
            [Reader.Admin] = targets.AdminEmail,
            [Reader.SmallCohortLearner] = targets.SmallCohortLearnerEmail,
            [Reader.SmallCohortInstructor] = targets.SmallCohortInstructorEmail,
        });

        var cohort = targets.CohortSlug;
        var small = targets.SmallCohortSlug;
        var threadPath = $"/cohorts/{cohort}/discussions/{targets.ThreadNumber}?after=0";
        var longThreadPages = await PagesOfThreadAsync(app.BaseAddress, await cookies.OfAsync(Reader.Learner), $"/cohorts/{cohort}/discussions/{targets.LongThreadNumber}");
        BenchPage[] pages =
        [
            // The two floors. Fortunes (TechEmpower's rules): one EF query of 12 rows, one added, sorted, encoded by Blazor's static renderer.
            new("fortunes", "Fortunes floor (EF read of 12 rows, Blazor SSR)", ["/benchmark/fortunes"], Reader.Learner, MaximumCommands: 1, IsFloor: true),
            // No database and nothing personal: what rendering a page with a form costs in this host at the least.
            new("sign-in", "Sign-in floor (Blazor SSR form, no database)", ["/Account/Login"], Reader.Learner, MaximumCommands: 0, IsFloor: true),
            new("home", "Home (my learning)", ["/"], Reader.Learner, MaximumCommands: 3),
            new("module", "Module page", [$"/courses/{BenchmarkData.CourseSlug}/modules/{targets.ModuleSlug}"], Reader.Learner, MaximumCommands: 3),
            new("thread", "Thread page (first 20 posts)", [threadPath], Reader.Learner, MaximumCommands: 4),
            new("long-thread", $"500-post thread read in full ({longThreadPages.Count} pages)", longThreadPages, Reader.Learner, MaximumCommands: 4),
            new("directory", "Cohort directory, 2,000 members (first page)", [$"/cohorts/{cohort}/people"], Reader.Learner, MaximumCommands: 3),
            new("directory-10", "Cohort directory, 10 members", [$"/cohorts/{small}/people"], Reader.SmallCohortLearner, MaximumCommands: 3, LargeTwin: "directory"),
            new("profile", "A member's profile", [$"/cohorts/{cohort}/people/{targets.ProfileUserId}"], Reader.Learner),
            new("notifications", "Notifications (120, first page)", ["/notifications"], Reader.Learner),
            new("conversations", "Conversations (60)", ["/messages"], Reader.Learner),
            new("conversation", "A conversation (30 messages)", [$"/messages/{targets.ConversationId}"], Reader.Learner, MaximumCommands: 4),
            new("sessions", "Live sessions (12)", [$"/cohorts/{cohort}/sessions"], Reader.Learner),
            new("peer-review", "Peer review (learner's page)", [$"/cohorts/{cohort}/reflections/{targets.PeerReviewedAssignmentSlug}/peer-review"], Reader.Learner),
            new("review", "Review queue, 2,000 learners (instructor)", [$"/cohorts/{cohort}/reflections/review"], Reader.Instructor, MaximumCommands: 4),
            new("review-10", "Review queue, 10 learners (instructor)", [$"/cohorts/{small}/reflections/review"], Reader.SmallCohortInstructor, MaximumCommands: 4, LargeTwin: "review"),
            new("dashboard", "Cohort dashboard, 2,000 members (instructor)", [$"/teach/cohorts/{cohort}"], Reader.Instructor),
            new("dashboard-10", "Cohort dashboard, 10 members (instructor)", [$"/teach/cohorts/{small}"], Reader.SmallCohortInstructor, LargeTwin: "dashboard"),
            new("people", "Admin's people, 2,013 accounts (first page)", ["/admin"], Reader.Admin),
        ];

        if (options.Pages?.Except(pages.Select(page => page.Name)).ToList() is [_, ..] unknown)
        {
            throw new ArgumentException($"--pages: no page named {string.Join(", ", unknown)}; the pages are {string.Join(", ", pages.Select(page => page.Name))}.");
        }

        var results = new List<PageResult>();
        var failures = 0;
        var measured = pages.Where(page => options.Pages is null || page.IsFloor || page.Name == "thread" || options.Pages.Contains(page.Name)).ToList();
        // Every page once under load before any row is measured. The code the pages share (the pipeline, EF, the renderer)
        // reaches optimized code (tiered compilation, dynamic PGO) only a minute or more into the load on one core, as the
        // runtime waits while new methods keep being compiled; without this pass the first rows, the floors among them,
        // were measured at tier 0 and every later row gained from them (docs/performance.md).
        foreach (var page in measured)
        {
            await Load.WrkAsync(app.BaseAddress, page.Paths, await cookies.OfAsync(page.Reader), options.Connections, options.WarmupSeconds);
        }

        foreach (var page in measured)
        {
            var cookie = await cookies.OfAsync(page.Reader);
            var (commands, bytes) = await CaptureAsync(app.BaseAddress, page, cookie);
            await Load.WrkAsync(app.BaseAddress, page.Paths, cookie, options.Connections, options.WarmupSeconds); // this page's own code settles
            var allocatedBefore = await app.AllocatedBytesAsync();
            var load = await Load.WrkAsync(app.BaseAddress, page.Paths, cookie, options.Connections, options.Seconds);
            var allocatedPerRequest = (await app.AllocatedBytesAsync() - allocatedBefore) / (double)Math.Max(1, load.Requests);
            var result = new PageResult(page, load, commands, bytes, allocatedPerRequest, app.PeakWorkingSetMiB);
            results.Add(result);
            failures += (int)load.Failed;
            log.WriteLine($"  {page.Title}: {load.RequestsPerSecond:0} req/s, p95 {load.P95Ms:0.0} ms, {commands} commands, {bytes / 1024.0:0.0} KiB, " +
                $"{allocatedPerRequest / 1024:0} KiB allocated a request, {load.Refused} refused, {load.Failed} failed, peak working set {result.PeakWorkingSetMiB:0} MiB");
        }

        // Every row is measured again once every row has run, the Fortunes floor last, and the higher rate counts. The app
        // on one core still speeds up through the first rows (tiered compilation): a share against a floor measured early
        // would flatter every page, a page measured early against a floor measured late would wrong it, and 150% of an
        // early peak may be no overload at all. The latencies and allocations stay those of the row.
        async Task<(LoadResult Again, double Peak)> MeasureAgainAsync(PageResult row)
        {
            var again = await Load.WrkAsync(app.BaseAddress, row.Page.Paths, await cookies.OfAsync(row.Page.Reader), options.Connections, options.Seconds);
            failures += (int)again.Failed;
            var peak = Math.Max(row.Load.RequestsPerSecond, again.RequestsPerSecond);
            log.WriteLine($"  {row.Page.Title} again after every row: {again.RequestsPerSecond:0} req/s (first {row.Load.RequestsPerSecond:0}); the higher is {peak:0}");
            return (again, peak);
        }

        var measuredAgain = new Dictionary<string, (LoadResult Again, double Peak)>();
        foreach (var row in results.Where(r => r.Page.Name != "fortunes"))
        {
            measuredAgain[row.Page.Name] = await MeasureAgainAsync(row);
        }

        var fortunesRow = results.Single(r => r.Page.Name == "fortunes");
        var (fortunesAgain, fortunes) = measuredAgain["fortunes"] = await MeasureAgainAsync(fortunesRow);
        double Rate(PageResult result) => measuredAgain[result.Page.Name].Peak;
        double Share(PageResult result) => Rate(result) / fortunes;

        // Latency at half of the thread page's own peak, at a constant rate (the generator on its own core when pinned).
        var thread = results.Single(r => r.Page.Name == "thread");
        var (threadAgain, threadPeak) = measuredAgain["thread"];
        var learner = await cookies.OfAsync(Reader.Learner);
        var halfRate = threadPeak / 2;
        var atHalf = await Load.ConstantRateAsync(app.BaseAddress, threadPath, learner, halfRate, options.Seconds + options.WarmupSeconds);
        failures += atHalf.Failed;
        log.WriteLine($"  Thread page at {halfRate:0} req/s: p50 {atHalf.P50Ms:0.0} ms, p95 {atHalf.P95Ms:0.0} ms, p99 {atHalf.P99Ms:0.0} ms, {atHalf.Failed} failed");

        // Overload: half as much again as the peak. Only 503 or 429 may be refused; what is accepted stays fast; the app recovers.
        var overloadRate = threadPeak * 1.5;
        var fast = Math.Max(50, atHalf.P95Ms * 2);
        var overload = await Load.ConstantRateAsync(app.BaseAddress, threadPath, learner, overloadRate, options.Seconds + options.WarmupSeconds,
            () => Load.RecoveryAsync(app.BaseAddress, threadPath, learner, fast));
        var refused = overload.Count(status => status is 503 or 429);
        var wrong = overload.Count(status => status is not (>= 200 and < 400) and not 503 and not 429);
        log.WriteLine($"  Overload at {overloadRate:0} req/s: {overload.Count(status => status is >= 200 and < 400)} answered, {refused} refused (503/429), " +
            $"{wrong} other failures, accepted p99 {overload.AcceptedP99Ms:0.0} ms, recovered in {overload.RecoverySeconds:0.0} s");

        var soak = options.SoakMinutes > 0 ? await SoakAsync(app, pages, cookies, options, log) : null;
        failures += soak?.Failed ?? 0;

        var missed = new List<string>();
        var markdown = new StringBuilder();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"#### {title}").AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture,
            $"Data: {targets.Size.Cohorts} cohorts ({targets.Size.Learners:N0} learners: 2,000 and 10), {targets.Size.Connections:N0} connections, " +
            $"{targets.Size.Posts:N0} posts in {targets.Size.Threads:N0} threads (the longest 500), {targets.Size.Reflections:N0} reflections; seeded in {seeding.TotalSeconds:0} s.").AppendLine();
        markdown.AppendLine("| Page | Answered/s: row, again | Share of Fortunes (the higher) | p50 ms | p95 ms | p99 ms | DB commands | KiB | KiB allocated a request | Allocated ÷ response | Peak working set MiB | Refused (503) | Failed |");
        markdown.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Page.Title} | {r.Load.RequestsPerSecond:0}, {measuredAgain[r.Page.Name].Again.RequestsPerSecond:0} | {Share(r):0.00} | {r.Load.P50Ms:0.0} | {r.Load.P95Ms:0.0} | {r.Load.P99Ms:0.0} | " +
                $"{r.Commands} | {r.Bytes / 1024.0:0.0} | {r.AllocatedPerRequest / 1024:0} | {r.AllocationToResponse:0.0} | {r.PeakWorkingSetMiB:0} | {r.Load.Refused} | {r.Load.Failed} |");
            if (!r.Page.IsFloor && Share(r) < MinimumShare[title])
            {
                missed.Add($"{r.Page.Title} at {Share(r):0.00} of Fortunes < {MinimumShare[title]:0.00}");
            }

            if (r.Page.MaximumCommands is { } maximum && r.Commands > maximum)
            {
                missed.Add($"{r.Page.Title} {r.Commands} commands > {maximum}");
            }

            if (r.AllocationToResponse > MostAllocationToResponse)
            {
                missed.Add($"{r.Page.Title} allocates {r.AllocationToResponse:0.0}× its response > {MostAllocationToResponse:0}×");
            }

            if (r.Page.LargeTwin is { } twin && results.SingleOrDefault(other => other.Page.Name == twin) is { } large
                && Math.Abs(Rate(large) / Rate(r) - 1) > LargestSizeDifference)
            {
                missed.Add($"{large.Page.Title} at {Rate(large) / Rate(r):0.00} of the 10-member cohort's req/s (not within {LargestSizeDifference:P0})");
            }
        }

        var peak = results.Max(r => r.PeakWorkingSetMiB);
        if (peak > MostPeakWorkingSetMiB)
        {
            missed.Add($"peak working set {peak:0} MiB > {MostPeakWorkingSetMiB:0} MiB");
        }

        markdown.AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture,
            $"The Fortunes floor the shares are taken of, the higher of its row and of the same load again after every other row: {fortunes:0} req/s ({fortunesRow.Load.RequestsPerSecond:0} and {fortunesAgain.RequestsPerSecond:0}). Every page is measured again too, once every row has run, and its share is the higher of its two rates.");
        markdown.AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture,
            $"The thread page's peak for the two rows below, the higher of its row and of the same load again after every other row: {threadPeak:0} req/s ({thread.Load.RequestsPerSecond:0} and {threadAgain.RequestsPerSecond:0}).");
        markdown.AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture,
            $"Thread page at half its peak ({halfRate:0} req/s, constant rate for {options.Seconds + options.WarmupSeconds} s, latency from the moment each request was due): " +
            $"p50 {atHalf.P50Ms:0.0} ms, p95 {atHalf.P95Ms:0.0} ms, p99 {atHalf.P99Ms:0.0} ms, {atHalf.Failed} failed (target p95 ≤ {HalfPeakP95Ms[title]:0} ms: {(atHalf.P95Ms <= HalfPeakP95Ms[title] ? "met" : "missed")}).");
        if (atHalf.P95Ms > HalfPeakP95Ms[title])
        {
            missed.Add($"thread page p95 at half peak {atHalf.P95Ms:0.0} ms > {HalfPeakP95Ms[title]:0} ms");
        }

        markdown.AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture,
            $"Overload (thread page at 150% of its peak, {overloadRate:0} req/s for {options.Seconds + options.WarmupSeconds} s): " +
            $"{overload.Count(status => status is >= 200 and < 400):N0} answered, {overload.Count(status => status == 503):N0} refused with 503, " +
            $"{overload.Count(status => status == 429):N0} with 429, {wrong:N0} other failures (500s, timeouts, resets); accepted p99 {overload.AcceptedP99Ms:0} ms; " +
            $"answering within {fast:0} ms again {overload.RecoverySeconds:0.0} s after the load stopped.");
        if (wrong > 0)
        {
            missed.Add($"overload: {wrong} answers other than 503/429");
        }

        if (overload.AcceptedP99Ms > 1000)
        {
            missed.Add($"overload: accepted p99 {overload.AcceptedP99Ms:0} ms > 1 s");
        }

        if (overload.RecoverySeconds is not { } recovered || recovered > 5)
        {
            missed.Add($"overload: recovered in {overload.RecoverySeconds:0.0} s > 5 s");
        }

        if (soak is not null)
        {
            markdown.AppendLine().AppendLine(soak.Markdown);
            missed.AddRange(soak.Missed);
        }

        markdown.AppendLine();
        markdown.AppendLine(missed.Count == 0 ? "Targets: all met." : $"Targets missed: {string.Join("; ", missed)}.");
        markdown.AppendLine();
        return new ProviderRunResult(markdown.ToString(), failures, missed);
    }

    /// <summary>
    /// The page's size and how many database commands a request takes once the reader has been there before (from
    /// X-Db-Commands): the most of any address on a second pass. The first pass is what the load repeats no more: the
    /// reader's first visit writes (the module's first opening, the thread's read mark) and fills the memory of published
    /// content, which every later visit of every reader finds.
    /// </summary>
    private static async Task<(int Commands, int Bytes)> CaptureAsync(Uri baseAddress, BenchPage page, string cookie)
    {
        using var client = Client(baseAddress, cookie);
        var maximum = 0;
        var size = 0;
        foreach (var secondPass in new[] { false, true })
        {
            foreach (var path in page.Paths)
            {
                using var response = await client.GetAsync(path);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{page.Title}: {path} answered {(int)response.StatusCode}.");
                }

                var bytes = await response.Content.ReadAsByteArrayAsync();
                size = size == 0 ? bytes.Length : size;
                if (secondPass)
                {
                    maximum = Math.Max(maximum, int.Parse(response.Headers.GetValues("X-Db-Commands").Single(), CultureInfo.InvariantCulture));
                }
            }
        }

        return (maximum, size);
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

    private sealed record SoakResult(string Markdown, int Failed, IReadOnlyList<string> Missed);

    /// <summary>
    /// Every page in turn under full load for the given minutes, the working set sampled after each half minute. A
    /// round is one pass over the pages; the run is flat when no round's highest sample exceeds the first's by 10%.
    /// </summary>
    private static async Task<SoakResult> SoakAsync(AppUnderLoad app, BenchPage[] pages, SignedInReaders cookies, Options options, TextWriter log)
    {
        var samples = new List<double>();
        var clock = Stopwatch.StartNew();
        var requests = 0L;
        var failed = 0L;
        var refused = 0L;
        var failedOn = new Dictionary<string, long>(StringComparer.Ordinal); // which pages the failures came from
        var turn = 0;
        while (clock.Elapsed.TotalMinutes < options.SoakMinutes)
        {
            var page = pages[turn++ % pages.Length];
            var load = await Load.WrkAsync(app.BaseAddress, page.Paths, await cookies.OfAsync(page.Reader), options.Connections, 30);
            requests += load.Requests;
            failed += load.Failed;
            refused += load.Refused;
            if (load.Failed > 0)
            {
                failedOn[page.Name] = failedOn.GetValueOrDefault(page.Name) + load.Failed;
            }

            samples.Add(app.WorkingSetMiB);
            log.WriteLine($"  soak {clock.Elapsed.TotalMinutes:0.0} min: {page.Name} {load.RequestsPerSecond:0} req/s, working set {app.WorkingSetMiB:0} MiB");
        }

        var rounds = samples.Chunk(pages.Length).Select(round => round.Max()).ToList();
        var missed = rounds.Skip(1).Where(round => round > rounds[0] * 1.1).Select(round => $"soak: a round at {round:0} MiB > the first's {rounds[0]:0} MiB + 10%").Take(1).ToList();
        var failures = failedOn.Count == 0 ? string.Empty
            : $" (on {string.Join(", ", failedOn.OrderByDescending(page => page.Value).Select(page => $"{page.Key}: {page.Value}"))})";
        var markdown = $"Memory over a {options.SoakMinutes}-minute run ({requests:N0} requests, every page in turn for 30 s, {failed} failed{failures}, {refused:N0} refused with 503): " +
            $"working set after each 30 s {string.Join(", ", samples.Select(s => s.ToString("0", CultureInfo.InvariantCulture)))} MiB; " +
            $"highest of each round (a pass over the {pages.Length} pages) {string.Join(", ", rounds.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))} MiB; peak {app.PeakWorkingSetMiB:0} MiB.";
        return new SoakResult(markdown, (int)failed, missed);
    }

    private static HttpClient Client(Uri baseAddress, string cookie)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>Every process of the throwaway PostgreSQL server (and the backends it forks later) onto the app's cores.</summary>
    private static async Task PinPostgresAsync(string cpus)
    {
        using var find = Process.Start(new ProcessStartInfo("pgrep", "-x postgres") { RedirectStandardOutput = true })!;
        var pids = (await find.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await find.WaitForExitAsync();
        foreach (var pid in pids)
        {
            using var pin = Process.Start(new ProcessStartInfo("taskset", $"-a -p -c {cpus} {pid}") { RedirectStandardOutput = true })!;
            await pin.WaitForExitAsync();
        }
    }

    /// <summary>
    /// The freshly loaded tables as a server's autovacuum leaves them within a minute or two of a load: vacuumed, with the
    /// planner's statistics. The run starts seconds after seeding; without this the first rows were measured with plans
    /// for empty tables (the thread page at 56 req/s instead of 83), and autovacuum then worked on the app's core during them.
    /// </summary>
    private static async Task VacuumPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 600 };
        await vacuum.ExecuteNonQueryAsync();
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
        // The machine's cores, not this process's: bench/run.sh pins the runner to one of them.
        var cores = File.ReadLines("/proc/cpuinfo").Count(line => line.StartsWith("processor", StringComparison.Ordinal));
        return $"{cores} cores ({cpu}), {memoryGiB:0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
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
