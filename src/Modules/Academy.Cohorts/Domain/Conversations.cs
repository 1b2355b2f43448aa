namespace Academy.Cohorts.Domain;

/// <summary>
/// A private conversation between 2 and <see cref="MaximumMembers"/> members of shared cohorts. One that began as a
/// message request (<see cref="IsRequest"/>) is open to its receiver only once they accept it.
/// </summary>
internal sealed class Conversation
{
    public const int MaximumMembers = 8;
    public const int MaximumTitleLength = 120;

    private readonly List<ConversationMember> members = [];

    private Conversation()
    {
    }

    public Conversation(string? title, bool isRequest, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        IsRequest = isRequest;
        CreatedAt = now;
        LastMessageAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>A group's name; a conversation of two is named by the other person.</summary>
    public string? Title { get; private set; }

    /// <summary>Began as a message request and is not yet accepted: the sender waits, and cannot write more.</summary>
    public bool IsRequest { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the last message was written: the inbox is ordered by it (newest first, keyset paged).</summary>
    public DateTimeOffset LastMessageAt { get; private set; }

    /// <summary>The number of the last message; each message takes the next (a concurrency token, as a thread's post count).</summary>
    public int MessageCount { get; private set; }

    public IReadOnlyList<ConversationMember> Members => members;

    public ConversationMember Join(string userId, string displayName, MemberStanding standing, DateTimeOffset now)
    {
        var member = new ConversationMember(Id, userId, displayName, standing, now);
        members.Add(member);
        return member;
    }

    public PrivateMessage Write(string authorId, string authorName, string markdown, string html, DateTimeOffset now)
    {
        MessageCount++;
        LastMessageAt = now;
        return new PrivateMessage(Id, MessageCount, authorId, authorName, markdown, html, now);
    }

    /// <summary>The receiver accepted the request: the conversation opens for both.</summary>
    public void Open() => IsRequest = false;
}

internal enum MemberStanding
{
    /// <summary>Reads and writes.</summary>
    Active = 0,

    /// <summary>Received a message request and has not answered it: sees it among the requests, not the conversations.</summary>
    Asked = 1,

    /// <summary>Chose not to answer a request. The sender is never told: their request looks as if it were still waiting.</summary>
    Ignored = 2,

    /// <summary>
    /// Never sees the request: they blocked its sender, or ignored the sender's request lately. The sender sees exactly what
    /// a waiting sender sees.
    /// </summary>
    Unreached = 3,
}

/// <summary>One person in a conversation, with what they have read (a high-water mark) and their own choices.</summary>
internal sealed class ConversationMember
{
    private ConversationMember()
    {
    }

    public ConversationMember(Guid conversationId, string userId, string displayName, MemberStanding standing, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        ConversationId = conversationId;
        UserId = userId;
        DisplayName = displayName;
        Standing = standing;
        JoinedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ConversationId { get; private set; }
    public string UserId { get; private set; } = string.Empty;

    /// <summary>Copied when they join, so the conversation never reaches into the accounts tables.</summary>
    public string DisplayName { get; private set; } = string.Empty;

    public MemberStanding Standing { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }

    /// <summary>The number of the last message they have seen.</summary>
    public int LastReadNumber { get; private set; }

    /// <summary>No notification or e-mail for new messages, and none counted in the header.</summary>
    public bool IsMuted { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>
    /// What they are writing and have not sent, saved by the composer as they type; gone once they send. Kept on their
    /// membership, so the conversation page reads it with the membership and a sent message clears it in the same save.
    /// </summary>
    public string? Draft { get; private set; }

    public DateTimeOffset? DraftSavedAt { get; private set; }

    public void ReadUpTo(int number) => LastReadNumber = Math.Max(LastReadNumber, number);

    /// <summary>The message is sent: its draft has served.</summary>
    public void DiscardDraft()
    {
        Draft = null;
        DraftSavedAt = null;
    }

    public void Mute(bool muted) => IsMuted = muted;

    public void Answer(bool accepted, DateTimeOffset now)
    {
        Standing = accepted ? MemberStanding.Active : MemberStanding.Ignored;
        AnsweredAt = now;
    }
}

/// <summary>A message: Markdown as written and its safe HTML, rendered once when it is written or edited.</summary>
internal sealed class PrivateMessage
{
    private PrivateMessage()
    {
    }

    public PrivateMessage(Guid conversationId, int number, string authorId, string authorName, string markdown, string html, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        ConversationId = conversationId;
        Number = number;
        AuthorId = authorId;
        AuthorName = authorName;
        Markdown = markdown;
        Html = html;
        SentAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ConversationId { get; private set; }
    public int Number { get; private set; }

    /// <summary>Null once the author's account is deleted: the message then shows as a former member's.</summary>
    public string? AuthorId { get; private set; }

    public string AuthorName { get; private set; } = string.Empty;
    public string Markdown { get; private set; } = string.Empty;
    public string Html { get; private set; } = string.Empty;
    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset? EditedAt { get; private set; }
    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>Deleted by an admin after a report, not by its author: members see "removed by an admin".</summary>
    public bool RemovedByAdmin { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public void Edit(string markdown, string html, DateTimeOffset now)
    {
        Markdown = markdown;
        Html = html;
        EditedAt = now;
    }

    /// <summary>Deleted by its author: the text is gone, its place in the conversation stays ("message deleted").</summary>
    public void Delete(DateTimeOffset now)
    {
        Markdown = string.Empty;
        Html = string.Empty;
        DeletedAt = now;
    }

    /// <summary>An admin removes a reported message: its text is gone as if its author had deleted it, and members are told who did.</summary>
    public void RemoveByAdmin(DateTimeOffset now)
    {
        Delete(now);
        RemovedByAdmin = true;
    }
}

/// <summary>
/// Someone has the conversation open with its live feed connected, on some instance of the app, until
/// <see cref="ExpiresAt"/>: while they do, a new message is not e-mailed to them. One row per open feed (a person may
/// have it open in two tabs), refreshed while the feed stays open and removed when it closes; a row whose instance died
/// simply expires.
/// </summary>
internal sealed class ConversationReader
{
    private ConversationReader()
    {
    }

    public ConversationReader(Guid conversationId, string userId, DateTimeOffset expiresAt)
    {
        Id = Guid.CreateVersion7();
        ConversationId = conversationId;
        UserId = userId;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid ConversationId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public DateTimeOffset ExpiresAt { get; private set; }
}

/// <summary>
/// One member has blocked another: the blocked person can no longer write to them, ask them to connect or for a
/// conversation, and is never told (what they send reaches nobody, and looks sent).
/// </summary>
internal sealed class PersonBlock
{
    private PersonBlock()
    {
    }

    public PersonBlock(string blockerId, string blockedId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        BlockerId = blockerId;
        BlockedId = blockedId;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string BlockerId { get; private set; } = string.Empty;
    public string BlockedId { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
}
