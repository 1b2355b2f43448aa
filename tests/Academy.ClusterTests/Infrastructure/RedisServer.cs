using System.Net.Sockets;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.ClusterTests.Infrastructure;

/// <summary>Debian's redis-server on a free loopback port, nothing persisted; it can be restarted on the same port.</summary>
public sealed class RedisServer : IDisposable
{
    private ChildProcess? server;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The value of <c>Backplane:Redis</c> for the instances.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false";

    public static async Task<RedisServer> StartAsync()
    {
        var redis = new RedisServer(AppProcess.FreePort());
        await redis.StartOnPortAsync();
        return redis;
    }

    /// <summary>Stops the server at once (as a crash would) and starts a new, empty one on the same port.</summary>
    public async Task RestartAsync()
    {
        server?.Dispose();
        await StartOnPortAsync();
    }

    public void Dispose() => server?.Dispose();

    private async Task StartOnPortAsync()
    {
        server = ChildProcess.Start("redis-server", "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException) when (!server.HasExited)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on {Port}: {server.Output()}");
    }
}
