using System.Diagnostics.Metrics;

namespace Academy.Shared.Telemetry;

/// <summary>
/// Academy's own counters, on the meter <see cref="MeterName"/> (exported with the framework's metrics when
/// OpenTelemetry is configured; without a listener counting costs next to nothing). One instance per app, made
/// through the host's meter factory.
/// </summary>
public sealed class AcademyMetrics
{
    public const string MeterName = "Academy";

    private readonly Counter<long> postsCreated;
    private readonly Counter<long> reflectionAutosaves;
    private readonly Counter<long> emailsSent;

    public AcademyMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        postsCreated = meter.CreateCounter<long>("academy.posts.created", "{post}", "Discussion posts written: replies and the opening posts of new threads.");
        reflectionAutosaves = meter.CreateCounter<long>("academy.reflections.autosaves", "{save}", "Reflection drafts saved by the editor's autosave.");
        emailsSent = meter.CreateCounter<long>("academy.emails.sent", "{email}", "E-mails handed to the SMTP server or written to the pickup folder.");
    }

    /// <param name="kind"><c>reply</c> or <c>thread</c>.</param>
    public void PostCreated(string kind) => postsCreated.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void ReflectionAutosaved() => reflectionAutosaves.Add(1);

    /// <param name="delivery"><c>smtp</c> or <c>pickup</c>.</param>
    public void EmailSent(string delivery) => emailsSent.Add(1, new KeyValuePair<string, object?>("delivery", delivery));
}
