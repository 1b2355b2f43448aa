using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Academy.Benchmarks;

/// <summary>
/// A closed-loop run. Requests and their rate count what was answered; <see cref="Refused"/> counts the 503s of the app's
/// concurrency limiter, which does its job when 64 connections ask for a slow page at once; <see cref="Failed"/> is every
/// other error. The latencies are of all requests.
/// </summary>
internal sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, long Requests, long Failed, long Refused);

/// <summary>An open-loop run: latencies from each request's due moment, every status by count (0: no answer), and the recovery time when probed.</summary>
internal sealed record OpenLoopResult(double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, double AcceptedP99Ms,
    IReadOnlyDictionary<int, int> Statuses, double? RecoverySeconds)
{
    public int Count(Func<int, bool> which) => Statuses.Where(pair => which(pair.Key)).Sum(pair => pair.Value);

    public int Failed => Count(status => status is 0 or >= 400);
}

/// <summary>Drives the app: wrk for peak throughput, and an open-loop constant rate for latency at a given load.</summary>
internal static partial class Load
{
    /// <summary>
    /// wrk's closed loop at <paramref name="connections"/> connections; with several paths each connection cycles
    /// through them. The Lua script reports the exact percentiles (wrk's own summary has no p95) and every failure:
    /// connect, read, write and timeout errors and any status of 400 or more.
    /// </summary>
    public static async Task<LoadResult> WrkAsync(Uri baseAddress, IReadOnlyList<string> paths, string cookie, int connections, int seconds)
    {
        var script = Path.Combine(Path.GetTempPath(), "academy-bench.lua");
        await File.WriteAllTextAsync(script, WrkScript);
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-t", "2", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--timeout", "10s",
                     "-H", $"Cookie: {cookie}", "-s", script, new Uri(baseAddress, paths[0]).ToString(), "--",
                 }.Concat(paths))
        {
            start.ArgumentList.Add(argument);
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: install it (apt-get install wrk).");
        var standardOutput = await wrk.StandardOutput.ReadToEndAsync();
        var standardError = await wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var result = ResultLine().Match(standardOutput);
        if (wrk.ExitCode != 0 || !result.Success)
        {
            throw new InvalidOperationException($"wrk failed ({wrk.ExitCode}):{Environment.NewLine}{standardOutput}{standardError}");
        }

        double Number(string name) => double.Parse(result.Groups[name].Value, CultureInfo.InvariantCulture);
        var refused = (long)Number("refused");
        var answered = (long)Number("requests") - refused;
        return new LoadResult(answered / (Number("duration") / 1_000_000), Number("p50") / 1000, Number("p95") / 1000, Number("p99") / 1000,
            answered, (long)Number("failed") - refused, refused);
    }

    /// <summary>
    /// Requests sent at a constant rate whatever the answers do (an open loop, as real users arrive), with each
    /// latency measured from the moment the request was due, so a stalled server cannot hide its queue. Counts every
    /// status; when <paramref name="recovery"/> is given, it starts probing the moment the last request is sent.
    /// </summary>
    public static async Task<OpenLoopResult> ConstantRateAsync(Uri baseAddress, string path, string cookie, double ratePerSecond, int seconds,
        Func<Task<double>>? recovery = null)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 4096, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var total = (int)(ratePerSecond * seconds);
        var latencies = new double[total];
        var statuses = new int[total]; // 0: no answer (connection error or timeout)
        var requests = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var index = 0; index < total; index++)
        {
            var due = index / ratePerSecond;
            while (clock.Elapsed.TotalSeconds < due)
            {
                await Task.Delay(1);
            }

            var slot = index;
            requests.Add(Task.Run(async () =>
            {
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    statuses[slot] = (int)response.StatusCode;
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    statuses[slot] = 0;
                }

                latencies[slot] = (clock.Elapsed.TotalSeconds - due) * 1000;
            }));
        }

        var sent = clock.Elapsed;
        var recoverySeconds = recovery is null ? (double?)null : await recovery();
        await Task.WhenAll(requests);
        var accepted = latencies.Where((_, index) => statuses[index] is >= 200 and < 400).Order().ToArray();
        var all = latencies.Order().ToArray();
        return new OpenLoopResult(total / sent.TotalSeconds, Percentile(all, 50), Percentile(all, 95), Percentile(all, 99), Percentile(accepted, 99),
            statuses.GroupBy(status => status).ToDictionary(group => group.Key, group => group.Count()), recoverySeconds);
    }

    /// <summary>Seconds until the page answers 200 within <paramref name="fastMs"/> again, probed every 50 ms (at most 60 s).</summary>
    public static async Task<double> RecoveryAsync(Uri baseAddress, string path, string cookie, double fastMs)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var asked = clock.Elapsed;
            using var response = await client.GetAsync(path);
            if (response.IsSuccessStatusCode && (clock.Elapsed - asked).TotalMilliseconds <= fastMs)
            {
                return clock.Elapsed.TotalSeconds;
            }

            await Task.Delay(50);
        }

        return double.PositiveInfinity;
    }

    private static double Percentile(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1))];

    /// <summary>Signs in through the real form (antiforgery token and all) and returns the cookies a browser would send.</summary>
    public static async Task<string> SignInAsync(Uri baseAddress, string email, string password)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var cookies = new Dictionary<string, string>();
        void Keep(HttpResponseMessage response)
        {
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';', 2)[0].Split('=', 2);
                cookies[pair[0]] = pair[1];
            }
        }

        using var form = await client.GetAsync("/Account/Login");
        Keep(form);
        var token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups["token"].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "sign-in",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        using var signedIn = await client.SendAsync(post);
        Keep(signedIn);
        if (signedIn.StatusCode != HttpStatusCode.Redirect || !cookies.Keys.Any(name => name.StartsWith("academy.auth", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)signedIn.StatusCode}.");
        }

        return string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));
    }

    private const string WrkScript = """
        local paths = {}
        local next_path = 0
        local threads = {}
        function setup(thread)
          table.insert(threads, thread)
        end
        function init(args)
          for i = 1, #args do paths[i] = args[i] end
          refused = 0
        end
        function request()
          next_path = next_path % #paths + 1
          return wrk.format(nil, paths[next_path])
        end
        function response(status, headers, body)
          if status == 503 then refused = refused + 1 end
        end
        function done(summary, latency, requests)
          local e = summary.errors
          local turned_away = 0
          for _, thread in ipairs(threads) do turned_away = turned_away + thread:get("refused") end
          io.write(string.format("RESULT requests=%d duration=%d failed=%d refused=%d p50=%d p95=%d p99=%d\n",
            summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout, turned_away,
            latency:percentile(50), latency:percentile(95), latency:percentile(99)))
        end
        """;

    [GeneratedRegex(@"RESULT requests=(?<requests>\d+) duration=(?<duration>\d+) failed=(?<failed>\d+) refused=(?<refused>\d+) p50=(?<p50>\d+) p95=(?<p95>\d+) p99=(?<p99>\d+)")]
    private static partial Regex ResultLine();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
