namespace Academy.Cohorts.Domain;

internal enum ReportOutcome
{
    /// <summary>Waiting for an admin.</summary>
    Open = 0,

    /// <summary>An admin found nothing to do: the message stays.</summary>
    Dismissed = 1,

    /// <summary>An admin removed the message: members see "removed by an admin".</summary>
    MessageRemoved = 2,
}

/// <summary>
/// A member asks the admins to look at a private message. Admins then see that message and the few around it, nothing else
/// of the conversation. Each reporter has at most one open report per message.
/// </summary>
internal sealed class MessageReport
{
    public const int MaximumReasonLength = 500;

    private MessageReport()
    {
    }

    public MessageReport(Guid messageId, string reporterId, string reporterName, string reason, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        MessageId = messageId;
        ReporterId = reporterId;
        ReporterName = reporterName;
        Reason = reason;
        ReportedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid MessageId { get; private set; }

    /// <summary>Null once the reporter's account is deleted: the report stays for the admins, without who made it.</summary>
    public string? ReporterId { get; private set; }

    public string ReporterName { get; private set; } = string.Empty;
    public string Reason { get; private set; } = string.Empty;
    public DateTimeOffset ReportedAt { get; private set; }
    public ReportOutcome Outcome { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>The admin who resolved it; null while open, or once their account is deleted.</summary>
    public string? ResolvedById { get; private set; }

    public string? ResolvedByName { get; private set; }

    public void Resolve(ReportOutcome outcome, string adminId, string adminName, DateTimeOffset now)
    {
        Outcome = outcome;
        ResolvedAt = now;
        ResolvedById = adminId;
        ResolvedByName = adminName;
    }
}
