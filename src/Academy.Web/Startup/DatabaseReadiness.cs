using System.Data.Common;
using Academy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Academy.Shared.Localization;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Startup;

/// <summary>
/// Start-up against a database that cannot be reached: instead of a crash with a stack trace (or minutes of retries),
/// one clear log line, then Academy answers 503 with Retry-After (<c>/health/ready</c> too, through its checks; <c>/health/live</c> answers 200)
/// and keeps trying every <see cref="RetryInterval"/>; once the database answers it is migrated and Academy opens.
/// </summary>
internal sealed class DatabaseReadiness
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);

    private volatile bool ready;

    public bool IsReady => ready;

    public void Open() => ready = true;
}

internal static class DatabaseReadinessExtensions
{
    /// <summary>Initializes Academy now if its database answers; otherwise says so once and keeps trying in the background.</summary>
    public static async Task InitializeWhenReachableAsync(this WebApplication app)
    {
        var readiness = app.Services.GetRequiredService<DatabaseReadiness>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseReadiness));
        if (await UnreachableBecauseAsync(app) is not { } reason)
        {
            await app.InitializeAcademyAsync();
            readiness.Open();
            return;
        }

        logger.LogError("The database ({Provider}) cannot be reached with ConnectionStrings:Academy: {Reason} Academy answers 503 until it can, and tries again every {Seconds} s.",
            app.Configuration["Database:Provider"] ?? DatabaseServiceCollectionExtensions.Sqlite, reason, RetryIntervalSeconds);
        var stopping = app.Lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            while (!stopping.IsCancellationRequested)
            {
                await Task.Delay(DatabaseReadiness.RetryInterval, stopping);
                if (await UnreachableBecauseAsync(app) is null)
                {
                    await app.InitializeAcademyAsync(stopping);
                    readiness.Open();
                    logger.LogInformation("The database answers: Academy is open.");
                    return;
                }
            }
        }, stopping);
    }

    /// <summary>
    /// Answers 503 with Retry-After while the database has not been reached; the health checks say why on their own,
    /// and the metrics (when served) stay readable, since an outage is when they are wanted.
    /// </summary>
    public static IApplicationBuilder UseDatabaseReadiness(this IApplicationBuilder app)
    {
        var readiness = app.ApplicationServices.GetRequiredService<DatabaseReadiness>();
        return app.Use(async (context, next) =>
        {
            if (readiness.IsReady || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments(Telemetry.PrometheusPath))
            {
                await next();
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryIntervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.ContentType = "text/html; charset=utf-8";
            // Before the localization middleware: the words in the language the request asks for (the footer's or the browser's).
            var t = context.RequestServices.GetRequiredService<IStringLocalizer<WebText>>();
            var language = await Academy.Web.Account.Language.EarlyLanguage.OfAsync(context);
            var html = AcademyCultures.In(language, () => $"""
                <!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{Encode(t["Academy is starting"])} · {Encode(t["Academy"])}</title></head>
                <body><main><h1>{Encode(t["Academy is not open yet"])}</h1><p>{Encode(t["Its database cannot be reached at the moment. Please try again in a minute."])}</p></main></body></html>
                """);
            await context.Response.WriteAsync(html);
        });
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static int RetryIntervalSeconds => (int)DatabaseReadiness.RetryInterval.TotalSeconds;

    /// <summary>
    /// Why the database server cannot be reached, or null when it can. One plain open of a connection, bounded in time
    /// and outside EF's retrying strategy (whose retries would take minutes). A server that answers that the
    /// database does not exist yet is reachable: the migration creates it. The embedded SQLite file always is.
    /// </summary>
    private static async Task<string?> UnreachableBecauseAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AcademyDbContext>().Database;
        if (database.IsSqlite())
        {
            return null;
        }

        var connection = database.GetDbConnection();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(app.Lifetime.ApplicationStopping);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await connection.OpenAsync(timeout.Token);
            return null;
        }
        catch (Exception failure) when (IsMissingDatabase(failure))
        {
            return null;
        }
        catch (Exception failure) when (failure is DbException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            return failure is OperationCanceledException ? $"no answer within {ProbeTimeout.TotalSeconds:0} s." : failure.Message.ReplaceLineEndings(" ");
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    private static bool IsMissingDatabase(Exception failure) =>
        failure is Npgsql.PostgresException { SqlState: "3D000" } or Microsoft.Data.SqlClient.SqlException { Number: 4060 };
}
