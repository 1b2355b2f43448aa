using System.Net.Sockets;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.ClusterTests.Infrastructure;

/// <summary>
/// Debian's nginx in front of the instances, round-robin, as a school's load balancer would be configured: it
/// passes the client's address and scheme on, and passes event streams through unbuffered. It retries a request
/// on the next instance only when the first could not be reached (nginx never retries a POST by default).
/// </summary>
public sealed class NginxBalancer : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("academy-nginx-").FullName;
    private ChildProcess? nginx;

    private NginxBalancer(int port) => BaseAddress = new Uri($"http://127.0.0.1:{port}");

    public Uri BaseAddress { get; }

    public static async Task<NginxBalancer> StartAsync(IEnumerable<Uri> instances, int port)
    {
        var balancer = new NginxBalancer(port);
        await balancer.StartAsync(instances.ToList());
        return balancer;
    }

    public void Dispose()
    {
        nginx?.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the machine's temp cleaning
        }
    }

    private async Task StartAsync(IReadOnlyList<Uri> instances)
    {
        var servers = string.Concat(instances.Select(instance => $"    server {instance.Authority} max_fails=1 fail_timeout=30s;\n"));
        // As root, nginx's workers would switch to "nobody", who cannot write this folder.
        var user = Environment.UserName == "root" ? "user root;\n" : string.Empty;
        var configuration = $$"""
            {{user}}worker_processes 1;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              upstream academy {
            {{servers}}    keepalive 16;
              }
              server {
                listen {{BaseAddress.Authority}};
                location / {
                  proxy_pass http://academy;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_buffering off;
                  proxy_read_timeout 1h;
                  proxy_connect_timeout 5s;
                  client_max_body_size 10m;
                }
              }
            }
            """;
        var file = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(file, configuration);
        nginx = ChildProcess.Start(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx", "-p", folder, "-c", file);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", BaseAddress.Port);
                return;
            }
            catch (SocketException) when (!nginx.HasExited)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"nginx did not listen on {BaseAddress}: {nginx.Output()} {File.ReadAllText(Path.Combine(folder, "error.log"))}");
    }
}
