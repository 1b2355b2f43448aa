using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A redis-server of the test's own (Debian's, on a free loopback port, nothing saved), so a test can stop and
/// start it without touching the server the other tests share (<see cref="SharedAddress"/>).
/// </summary>
public sealed class ThrowawayRedis : IDisposable
{
    public const string ServerVariable = "ACADEMY_TEST_REDIS";

    private readonly int port;
    private Process? server;

    private ThrowawayRedis(int port) => this.port = port;

    /// <summary>host:port, as <c>Backplane:Redis</c> takes it.</summary>
    public string Address => $"127.0.0.1:{port}";

    /// <summary>The redis-server that ./test.sh starts for the whole run.</summary>
    public static string SharedAddress => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } address
        ? address
        : throw new InvalidOperationException($"{ServerVariable} is not set. Run the tests with ./test.sh, which starts a throwaway redis-server and sets it.");

    public static ThrowawayRedis Start()
    {
        var redis = new ThrowawayRedis(AppProcess.FreePort());
        redis.StartServer();
        return redis;
    }

    /// <summary>Starts the server on its port and waits until it accepts connections.</summary>
    public void StartServer()
    {
        var program = new[] { "/usr/bin/redis-server", "/usr/sbin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed: ./test.sh installs Debian's redis-server.");
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--save", "", "--appendonly", "no", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--bind", "127.0.0.1", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                using var stream = client.GetStream();
                stream.Write("PING\r\n"u8);
                var answer = new byte[7];
                if (stream.Read(answer) > 0 && answer[0] == (byte)'+')
                {
                    return;
                }
            }
            catch (SocketException) when (waiting.Elapsed < TimeSpan.FromSeconds(30) && !server.HasExited)
            {
                // not listening yet
            }

            if (server.HasExited)
            {
                throw new InvalidOperationException($"redis-server on port {port} exited with {server.ExitCode}.");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>As if the server crashed: SIGKILL, every connection cut, nothing kept.</summary>
    public void Kill()
    {
        if (server is { HasExited: false })
        {
            server.Kill();
            server.WaitForExit();
        }

        server?.Dispose();
        server = null;
    }

    public void Dispose() => Kill();
}
