using System.Diagnostics;
using Npgsql;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL server of the test's own (Debian's binaries, a temporary cluster), so a test can restart or
/// kill it without touching the server every other test shares.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("academy-pg-").FullName;
    private readonly string binaries;
    private readonly int port;

    private ThrowawayPostgres(string binaries, int port)
    {
        this.binaries = binaries;
        this.port = port;
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = database }.ConnectionString;

    public static ThrowawayPostgres Start()
    {
        var binaries = Directory.GetDirectories("/usr/lib/postgresql").Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb"))).OrderBy(bin => bin, StringComparer.Ordinal).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed: ./test.sh installs Debian's postgresql.");
        var server = new ThrowawayPostgres(binaries, AppProcess.FreePort());
        if (Environment.UserName == "root")
        {
            Run("chown", "postgres", server.folder);
        }

        server.Postgres("initdb", "-D", server.Data, "-U", "postgres", "-A", "trust", "--no-sync");
        server.StartServer();
        return server;
    }

    private string Data => Path.Combine(folder, "data");

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public void StartServer() => Postgres("pg_ctl", "-D", Data, "-l", Path.Combine(folder, "server.log"), "-w", "start",
        "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=on -c max_connections=200");

    /// <summary>A clean restart: connections are closed, work in flight is rolled back.</summary>
    public void RestartFast() => Postgres("pg_ctl", "-D", Data, "-m", "fast", "-w", "restart",
        "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=on -c max_connections=200");

    /// <summary>As if the server crashed: no shutdown, recovery from the log at the next start.</summary>
    public void Kill() => Postgres("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public void Dispose()
    {
        try
        {
            Postgres("pg_ctl", "-D", Data, "-m", "immediate", "stop");
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }

        Directory.Delete(folder, recursive: true);
    }

    private void Postgres(string tool, params string[] arguments)
    {
        var path = Path.Combine(binaries, tool);
        if (Environment.UserName == "root")
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {output.Result}{error.Result}");
        }
    }
}
