using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Academy.Benchmarks;

internal sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, long Requests, long Failed);

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
        var requests = (long)Number("requests");
        return new LoadResult(requests / (Number("duration") / 1_000_000), Number("p50") / 1000, Number("p95") / 1000, Number("p99") / 1000,
            requests, (long)Number("failed"));
    }

    /// <summary>
    /// Requests sent at a constant rate whatever the answers do (an open loop, as real users arrive), with each
    /// latency measured from the moment the request was due, so a stalled server cannot hide its queue.
    /// </summary>
    public static async Task<LoadResult> ConstantRateAsync(Uri baseAddress, string path, string cookie, double ratePerSecond, int seconds)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var total = (int)(ratePerSecond * seconds);
        var latencies = new double[total];
        var failed = 0L;
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
                    if ((int)response.StatusCode >= 400)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failed);
                }

                latencies[slot] = (clock.Elapsed.TotalSeconds - due) * 1000;
            }));
        }

        await Task.WhenAll(requests);
        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(total - 1, (int)Math.Ceiling(p / 100 * total) - 1)];
        return new LoadResult(total / clock.Elapsed.TotalSeconds, Percentile(50), Percentile(95), Percentile(99), total, failed);
    }

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
        function init(args)
          for i = 1, #args do paths[i] = args[i] end
        end
        function request()
          next_path = next_path % #paths + 1
          return wrk.format(nil, paths[next_path])
        end
        function done(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("RESULT requests=%d duration=%d failed=%d p50=%d p95=%d p99=%d\n",
            summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
            latency:percentile(50), latency:percentile(95), latency:percentile(99)))
        end
        """;

    [GeneratedRegex(@"RESULT requests=(?<requests>\d+) duration=(?<duration>\d+) failed=(?<failed>\d+) p50=(?<p50>\d+) p95=(?<p95>\d+) p99=(?<p99>\d+)")]
    private static partial Regex ResultLine();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
