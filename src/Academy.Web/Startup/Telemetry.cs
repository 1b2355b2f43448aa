using Academy.Shared.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Academy.Web.Startup;

/// <summary>
/// OpenTelemetry metrics (ASP.NET Core's, EF Core's and Academy's own counters, <see cref="AcademyMetrics"/>) and
/// traces (requests and their database commands), switched on by configuration only: <c>Telemetry:Prometheus</c>
/// serves the metrics at <c>/metrics</c> for scraping; <c>OpenTelemetry:OtlpEndpoint</c> pushes metrics and traces
/// to a collector. With neither, nothing listens, and the single-instance default pays nothing for it.
/// </summary>
internal static class Telemetry
{
    public const string PrometheusPath = "/metrics";

    public static WebApplicationBuilder AddAcademyTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AcademyMetrics>();
        var prometheus = PrometheusEnabled(builder.Configuration);
        var otlpEndpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"];
        if (!prometheus && string.IsNullOrWhiteSpace(otlpEndpoint))
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName: "Academy"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddMeter(AcademyMetrics.MeterName)
                    .AddMeter("Microsoft.EntityFrameworkCore");
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (!string.IsNullOrWhiteSpace(otlpEndpoint))
        {
            // Traces only go somewhere through OTLP: Prometheus keeps metrics alone.
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation())
                .UseOtlpExporter(OtlpProtocol(builder.Configuration["OpenTelemetry:OtlpProtocol"]), new Uri(otlpEndpoint));
        }

        return builder;
    }

    /// <summary>Maps the scraping endpoint only when it is switched on; otherwise <c>/metrics</c> is an unknown address (404).</summary>
    public static IEndpointRouteBuilder MapAcademyMetrics(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (PrometheusEnabled(configuration))
        {
            endpoints.MapPrometheusScrapingEndpoint(PrometheusPath);
        }

        return endpoints;
    }

    private static bool PrometheusEnabled(IConfiguration configuration) => configuration.GetValue<bool>("Telemetry:Prometheus");

    private static OtlpExportProtocol OtlpProtocol(string? setting) => setting switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"OpenTelemetry:OtlpProtocol must be grpc or http/protobuf, not '{setting}'."),
    };
}
