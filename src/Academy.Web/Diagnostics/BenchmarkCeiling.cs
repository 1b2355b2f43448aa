using System.Collections.Concurrent;

namespace Academy.Web.Diagnostics;

/// <summary>
/// The load benchmark's ceiling (bench/run.sh, docs/performance.md): a bare endpoint in this host that answers
/// with a page's bytes captured earlier, from memory, through the same middleware (security headers, cookie
/// authentication, the command-count header). What a page reaches of this rate is what its own work costs.
/// Mapped only when <c>Benchmark:CeilingFolder</c> is set; never in a normal run.
/// </summary>
internal static class BenchmarkCeiling
{
    public const string Path = "/benchmark/ceiling";

    public static void MapBenchmarkCeiling(this WebApplication app, string folder)
    {
        var pages = new ConcurrentDictionary<string, byte[]?>();
        app.MapGet(Path + "/{page:regex(^[a-z0-9-]+$)}", (string page) =>
            pages.GetOrAdd(page, name => File.Exists(System.IO.Path.Combine(folder, name + ".html"))
                    ? File.ReadAllBytes(System.IO.Path.Combine(folder, name + ".html"))
                    : null) is { } bytes
                ? Results.Bytes(bytes, "text/html; charset=utf-8")
                : Results.NotFound());
    }
}
