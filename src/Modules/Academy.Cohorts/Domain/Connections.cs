namespace Academy.Cohorts.Domain;

/// <summary>Two members who know each other. Stored once per pair, the smaller user id first.</summary>
internal sealed class Connection
{
    private Connection()
    {
    }

    public Connection(string oneUserId, string otherUserId, string? introducedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        (FirstUserId, SecondUserId) = Pair(oneUserId, otherUserId);
        IntroducedBy = introducedBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string FirstUserId { get; private set; } = string.Empty;
    public string SecondUserId { get; private set; } = string.Empty;

    /// <summary>The member who introduced the two, when they met through an introduction.</summary>
    public string? IntroducedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string Other(string userId) => FirstUserId == userId ? SecondUserId : FirstUserId;

    public static (string First, string Second) Pair(string one, string other) =>
        string.CompareOrdinal(one, other) < 0 ? (one, other) : (other, one);
}

internal enum RequestStatus
{
    Pending = 0,
    Accepted = 1,

    /// <summary>The receiver chose not to answer; the sender is never told.</summary>
    Ignored = 2,

    Withdrawn = 3,
}

/// <summary>A request to connect, carrying a note that says why (the course's way of approaching someone).</summary>
internal sealed class ConnectionRequest
{
    private ConnectionRequest()
    {
    }

    public ConnectionRequest(string fromUserId, string toUserId, string note, bool reachesReceiver, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        FromUserId = fromUserId;
        ToUserId = toUserId;
        Note = note;
        ReachesReceiver = reachesReceiver;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string FromUserId { get; private set; } = string.Empty;
    public string ToUserId { get; private set; } = string.Empty;
    public string Note { get; private set; } = string.Empty;
    public RequestStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>
    /// False when the receiver ignored this sender within the last 30 days: the sender sees a pending request
    /// as usual (so the ignoring is never revealed), the receiver never sees it.
    /// </summary>
    public bool ReachesReceiver { get; private set; }

    public void Decide(RequestStatus status, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = now;
    }
}

internal enum IntroductionStatus
{
    /// <summary>Asked of the introducer, who has not answered.</summary>
    Asked = 0,

    /// <summary>Forwarded by the introducer with their own words; waiting for the person introduced.</summary>
    Forwarded = 1,

    /// <summary>The introducer chose not to forward it; the person it was about never hears of it.</summary>
    Declined = 2,

    Accepted = 3,

    /// <summary>The person introduced chose not to answer; neither the asker nor the introducer is told.</summary>
    Ignored = 4,
}

/// <summary>
/// "Could you introduce me to ...?": a member asks someone they are connected with to introduce them to one of
/// that person's connections, as the course's story of meeting strangers through people you both know.
/// </summary>
internal sealed class Introduction
{
    private Introduction()
    {
    }

    public Introduction(string requesterId, string introducerId, string targetId, string requesterNote, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        RequesterId = requesterId;
        IntroducerId = introducerId;
        TargetId = targetId;
        RequesterNote = requesterNote;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string RequesterId { get; private set; } = string.Empty;
    public string IntroducerId { get; private set; } = string.Empty;
    public string TargetId { get; private set; } = string.Empty;
    public string RequesterNote { get; private set; } = string.Empty;
    public string? IntroducerNote { get; private set; }
    public IntroductionStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ForwardedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    public void Forward(string introducerNote, DateTimeOffset now)
    {
        IntroducerNote = introducerNote;
        Status = IntroductionStatus.Forwarded;
        ForwardedAt = now;
    }

    public void Decide(IntroductionStatus status, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = now;
    }
}
