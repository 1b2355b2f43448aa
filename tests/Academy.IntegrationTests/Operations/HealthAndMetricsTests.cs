using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Operations;

/// <summary>
/// What a load balancer and a monitoring system ask of an instance: liveness, readiness, and the metrics, which are
/// served only when configured. (Readiness against an unreachable database: <c>Data/UnreachableDatabaseTests</c>.)
/// </summary>
public abstract partial class HealthAndMetricsTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task A_ready_instance_answers_200_to_liveness_readiness_and_the_health_check_everything_relies_on()
    {
        using var client = app.CreateClient();

        foreach (var path in new[] { "/health/live", "/health/ready", "/health" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Metrics_are_not_served_unless_configured()
    {
        using var client = app.CreateClient();

        var metrics = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
        Assert.DoesNotContain("academy_", await metrics.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_Prometheus_on_the_scrape_counts_posts_autosaves_and_e_mails_and_times_the_requests_served()
    {
        using var instances = AppInstances.Start(app.Provider, 1, new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" });
        var learner = instances[0].CreateAcademyClient();
        await learner.SignInAsync("learner1@academy.test");
        var started = await learner.SubmitAsync("/cohorts/mba-2026/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Counted", ["Input.Body"] = "The opening post." });
        var replied = await learner.SubmitAsync(started.RedirectedTo!.Split('?')[0], "reply", new Dictionary<string, string> { ["Input.Body"] = "A counted reply." });
        var editor = await learner.GetAsync("/cohorts/mba-2026/reflections/my-reasons");
        var autosaved = await learner.Http.PostAsync(editor.Url + "/draft", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = editor.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["body"] = "Saved as I type.",
            ["version"] = "0",
        }));
        await instances[0].CreateAcademyClient().SubmitAsync("/Account/ForgotPassword", "forgot-password",
            new Dictionary<string, string> { ["Input.Email"] = "learner2@academy.test" });
        Assert.Equal(HttpStatusCode.Redirect, replied.Status);
        Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);
        await instances[0].DeliverMailAsync();
        Assert.Contains(PickupMail.All(instances[0].MailFolder), mail => mail.Contains("Reset your Academy password"));

        var scrape = await learner.Http.GetAsync("/metrics");
        var text = await scrape.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.True(CounterValue(text, "academy_posts_created_total", "kind=\"reply\"") >= 1, text);
        Assert.True(CounterValue(text, "academy_posts_created_total", "kind=\"thread\"") >= 1, text);
        Assert.True(CounterValue(text, "academy_reflections_autosaves_total", "otel_scope_name=\"Academy\"") >= 1, text);
        Assert.True(CounterValue(text, "academy_emails_sent_total", "delivery=\"pickup\"") >= 1, text);
        Assert.Matches(HttpServerDuration(), text);
    }

    /// <summary>The value of the series of <paramref name="metric"/> whose labels include <paramref name="label"/>, or 0 when there is none.</summary>
    private static double CounterValue(string scrape, string metric, string label) => scrape.Split('\n')
        .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal))
        .Select(line => double.Parse(line.Split("} ")[1].Split(' ')[0], CultureInfo.InvariantCulture))
        .DefaultIfEmpty(0).Sum();

    [GeneratedRegex(@"(?m)^http_server_request_duration_seconds_count\{[^}]*http_route=""/cohorts/\{CohortSlug\}/discussions/\{ThreadNumber:int\}""[^}]*\} [1-9]")]
    private static partial Regex HttpServerDuration();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHealthAndMetricsTests(SqliteApp app) : HealthAndMetricsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHealthAndMetricsTests(PostgresApp app) : HealthAndMetricsTests<PostgresApp>(app);
