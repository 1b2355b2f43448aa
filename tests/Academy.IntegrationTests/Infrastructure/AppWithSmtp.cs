namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// The app on a database of its own, delivering its outbox to a real SMTP server (smtp4dev, without TLS: a relay on
/// the same host) that the test can stop and start again on the same port, as an outage would.
/// </summary>
public sealed class AppWithSmtp : IAsyncDisposable
{
    private readonly string? sqliteFile;

    private AppWithSmtp(AcademyApp app, Smtp4dev smtp, string? sqliteFile)
    {
        App = app;
        Smtp = smtp;
        SmtpPort = smtp.SmtpPort;
        this.sqliteFile = sqliteFile;
    }

    public AcademyApp App { get; }

    public Smtp4dev Smtp { get; private set; }

    public int SmtpPort { get; }

    public bool SmtpIsUp { get; private set; } = true;

    /// <param name="provider"><c>Sqlite</c> or <c>Postgres</c>.</param>
    public static async Task<AppWithSmtp> StartAsync(string provider)
    {
        var smtp = await Smtp4dev.StartPlainAsync();
        var sqliteFile = provider == "Sqlite" ? Path.Combine(Path.GetTempPath(), $"academy-smtp-{Guid.NewGuid():N}.db") : null;
        var app = new Instance(provider, sqliteFile is null ? PostgresApp.CreateDatabase() : $"Data Source={sqliteFile}", new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "localhost",
            ["Email:SmtpPort"] = smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:SmtpSecurity"] = "None",
            ["Email:SmtpTimeoutSeconds"] = "5",
            ["Email:OutboxRetrySeconds"] = "30",
        });
        _ = app.Services; // started: migrated and seeded
        return new AppWithSmtp(app, smtp, sqliteFile);
    }

    /// <summary>The server goes away: its port refuses connections.</summary>
    public void StopSmtp()
    {
        Smtp.Dispose();
        SmtpIsUp = false;
    }

    /// <summary>The server comes back on the same port (with an empty mailbox).</summary>
    public async Task StartSmtpAgainAsync()
    {
        Smtp = await Smtp4dev.StartPlainAsync(SmtpPort);
        SmtpIsUp = true;
    }

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        if (SmtpIsUp)
        {
            Smtp.Dispose();
        }

        foreach (var file in sqliteFile is null ? [] : new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }

    private sealed class Instance(string provider, string connectionString, IDictionary<string, string?> settings) : AcademyApp
    {
        public override string Provider => provider;

        protected override string ConnectionString => connectionString;

        protected override IDictionary<string, string?> Settings => settings;
    }
}
