using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server for tests: smtp4dev (the repository's local dotnet tool, <c>dotnet tool restore</c>) on
/// free loopback ports, with a certificate for localhost made for the test, TLS required in the given mode,
/// and authentication required with one user and password (any other credentials are refused). What
/// arrived is read from its HTTP API.
/// </summary>
public sealed class Smtp4dev : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("academy-smtp4dev-").FullName;
    private readonly List<string> output = [];
    private readonly Process process;
    private readonly HttpClient api;

    private Smtp4dev(string tlsMode, bool secured, int? smtpPort)
    {
        SmtpPort = smtpPort ?? AppProcess.FreePort();
        var webPort = AppProcess.FreePort();
        using var certificate = LocalhostCertificate();
        var pfx = Path.Combine(folder, "localhost.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx));
        CertificateFile = Path.Combine(folder, "localhost.pem");
        File.WriteAllText(CertificateFile, certificate.ExportCertificatePem());

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root, // where the tool manifest is
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "tool", "run", "smtp4dev", "--", $"--smtpport={SmtpPort}", $"--urls=http://127.0.0.1:{webPort}", "--db=", "--imapport=0",
            "--pop3port=0", "--nousersettings", "--hostname=localhost", $"--tlsmode={tlsMode}",
        ];
        if (secured)
        {
            arguments = [.. arguments, $"--tlscertificate={pfx}", "--secureconnectionrequired", "--authenticationrequired", "--smtpallowanycredentials-", $"--user={UserName}={Password}"];
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        process.OutputDataReceived += (_, line) => Remember(line.Data);
        process.ErrorDataReceived += (_, line) => Remember(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}"), Timeout = TimeSpan.FromSeconds(20) }; // a loaded test machine can keep its first answers waiting
    }

    public const string UserName = "academy";

    public string Password { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public int SmtpPort { get; }

    /// <summary>The server's certificate as PEM: a client that trusts this file trusts the server.</summary>
    public string CertificateFile { get; }

    /// <summary>Starts smtp4dev with TLS mode <c>StartTls</c> or <c>ImplicitTls</c> and waits until its API answers.</summary>
    public static Task<Smtp4dev> StartAsync(string tlsMode) => StartAsync(() => new Smtp4dev(tlsMode, secured: true, smtpPort: null));

    /// <summary>
    /// Starts smtp4dev without TLS or authentication (a relay on the same host, <c>Email:SmtpSecurity=None</c>), on
    /// <paramref name="smtpPort"/> or a free port: tests that run the app in their own process stop and start it there.
    /// </summary>
    public static Task<Smtp4dev> StartPlainAsync(int? smtpPort = null) => StartAsync(() => new Smtp4dev("None", secured: false, smtpPort));

    /// <summary>
    /// Starts a server and, when one of its ports was taken between choosing it and binding it (another process may
    /// listen there first), starts another on fresh ports.
    /// </summary>
    private static async Task<Smtp4dev> StartAsync(Func<Smtp4dev> create)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var server = create();
            if (await server.StartedAsync())
            {
                return server;
            }

            var log = string.Join(Environment.NewLine, server.Output());
            var portTaken = server.PortTaken();
            server.Dispose();
            if (attempt == attempts || !portTaken)
            {
                var why = portTaken ? $"a port it was given stayed taken in {attempts} tries" : "is the local tool restored? `dotnet tool restore`";
                throw new InvalidOperationException($"smtp4dev did not start ({why}).{Environment.NewLine}{log}");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>
    /// Waits until the server's API answers and its SMTP port listens: false if it exited, could not bind a port (it
    /// stays up without SMTP then) or took a minute.
    /// </summary>
    private async Task<bool> StartedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited && !PortTaken())
        {
            try
            {
                if ((await api.GetAsync("/api/messages")).IsSuccessStatusCode && Output().Any(line => line.Contains("SMTP Server is listening", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or too busy starting to answer in time
            }

            await Task.Delay(200);
        }

        if (process.HasExited)
        {
            process.WaitForExit(); // its last lines (why it stopped) are read before anyone looks
        }

        return false;
    }

    /// <summary>Waits for a message to <paramref name="to"/> and returns its subject, or null after <paramref name="timeout"/>.</summary>
    public async Task<string?> SubjectOfMessageToAsync(string to, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var page = await api.GetFromJsonAsync<MessagePage>("/api/messages?pageSize=100");
            if (page?.Results.FirstOrDefault(message => message.To.Contains(to, StringComparer.OrdinalIgnoreCase)) is { } message)
            {
                return message.Subject;
            }

            await Task.Delay(200);
        }

        return null;
    }

    /// <summary>Every message that arrived, read from its raw source as a mail program reads it.</summary>
    public async Task<IReadOnlyList<Mail>> MessagesAsync()
    {
        var page = await api.GetFromJsonAsync<MessagePage>("/api/messages?pageSize=1000");
        var messages = new List<Mail>();
        foreach (var summary in page?.Results ?? [])
        {
            await using var raw = await api.GetStreamAsync($"/api/messages/{summary.Id}/raw");
            using var buffer = new MemoryStream();
            await raw.CopyToAsync(buffer);
            buffer.Position = 0;
            messages.Add(Mail.From(await MimeKit.MimeMessage.LoadAsync(buffer)));
        }

        return messages;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived (or the time is up) and returns them all.</summary>
    public async Task<IReadOnlyList<Mail>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var page = await api.GetFromJsonAsync<MessagePage>("/api/messages?pageSize=1000");
            if ((page?.Results.Count ?? 0) >= count || DateTime.UtcNow > deadline)
            {
                return await MessagesAsync();
            }

            await Task.Delay(250);
        }
    }

    private bool PortTaken() => Output().Any(line => line.Contains("address already in use", StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<string> Output()
    {
        lock (output)
        {
            return output.TakeLast(40).ToList();
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        api.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static X509Certificate2 LocalhostCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false)); // server authentication
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
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

    private sealed record MessagePage([property: JsonPropertyName("results")] List<MessageSummary> Results);

    private sealed record MessageSummary(
        [property: JsonPropertyName("id")] Guid Id, [property: JsonPropertyName("to")] List<string> To, [property: JsonPropertyName("subject")] string Subject);
}
