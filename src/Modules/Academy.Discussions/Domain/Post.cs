using Academy.Shared.Errors;

namespace Academy.Discussions.Domain;

/// <summary>One post of a thread. Edits keep every earlier text as a revision; deleting keeps the place.</summary>
internal sealed class Post
{
    private Post()
    {
    }

    public Post(Guid threadId, int sequence, int? parentSequence, int? quotedSequence, Author author, RenderedPost body, DateTimeOffset now,
        Guid? idempotencyKey = null)
    {
        IdempotencyKey = idempotencyKey;
        Id = Guid.CreateVersion7();
        ThreadId = threadId;
        Sequence = sequence;
        ParentSequence = parentSequence;
        RootSequence = parentSequence ?? sequence;
        QuotedSequence = quotedSequence;
        AuthorId = author.UserId;
        AuthorName = author.Name;
        BodyMarkdown = body.Markdown;
        BodyHtml = body.Html;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ThreadId { get; private set; }

    /// <summary>
    /// The key the reply form carried: the same form sent twice (a double click, a retry after a lost answer)
    /// is the same post, so what was acknowledged once is stored once.
    /// </summary>
    public Guid? IdempotencyKey { get; private set; }

    /// <summary>1 for the opening post, then 2, 3… in arrival order: the permalink and the read mark.</summary>
    public int Sequence { get; private set; }

    /// <summary>The post this one answers as a sub-reply, if any.</summary>
    public int? ParentSequence { get; private set; }

    /// <summary>The top-level post this one belongs under (its own sequence when top-level): pages group by it.</summary>
    public int RootSequence { get; private set; }

    public int? QuotedSequence { get; private set; }
    public string AuthorId { get; private set; } = string.Empty;
    public string AuthorName { get; private set; } = string.Empty;
    public string BodyMarkdown { get; private set; } = string.Empty;
    public string BodyHtml { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? EditedAt { get; private set; }
    public int EditCount { get; private set; }
    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Set when a moderator hid the post; learners then see the reason instead of the text.</summary>
    public DateTimeOffset? HiddenAt { get; private set; }

    public string? HiddenReason { get; private set; }

    public void Hide(string reason, DateTimeOffset now)
    {
        HiddenAt = now;
        HiddenReason = reason;
    }

    public void Unhide()
    {
        HiddenAt = null;
        HiddenReason = null;
    }

    public List<PostRevision> Revisions { get; private set; } = [];

    public List<PostLike> Likes { get; private set; } = [];

    /// <summary>How many members like the post, kept with it so a page needs no count query.</summary>
    public int LikeCount { get; private set; }

    public void Edit(RenderedPost body, DateTimeOffset now)
    {
        if (IsDeleted)
        {
            throw new RuleViolation("A deleted post cannot be edited.");
        }

        if (body.Markdown == BodyMarkdown)
        {
            return;
        }

        EditCount++;
        Revisions.Add(new PostRevision(Id, EditCount, BodyMarkdown, BodyHtml, EditedAt ?? CreatedAt));
        BodyMarkdown = body.Markdown;
        BodyHtml = body.Html;
        EditedAt = now;
    }

    /// <summary>The author withdraws the post: its text goes, its place and its replies stay.</summary>
    public void Delete(DateTimeOffset now)
    {
        DeletedAt ??= now;
        BodyMarkdown = string.Empty;
        BodyHtml = string.Empty;
    }
}

/// <summary>An earlier text of a post, kept when the post was edited.</summary>
internal sealed class PostRevision
{
    private PostRevision()
    {
    }

    public PostRevision(Guid postId, int number, string bodyMarkdown, string bodyHtml, DateTimeOffset writtenAt)
    {
        Id = Guid.CreateVersion7();
        PostId = postId;
        Number = number;
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
        WrittenAt = writtenAt;
    }

    public Guid Id { get; private set; }
    public Guid PostId { get; private set; }
    public int Number { get; private set; }
    public string BodyMarkdown { get; private set; } = string.Empty;
    public string BodyHtml { get; private set; } = string.Empty;
    public DateTimeOffset WrittenAt { get; private set; }
}

/// <summary>How far a reader has read a thread: the highest post number they have seen.</summary>
internal sealed class ReadMark
{
    private ReadMark()
    {
    }

    public ReadMark(string userId, Guid threadId, int lastReadSequence, DateTimeOffset readAt)
    {
        UserId = userId;
        ThreadId = threadId;
        LastReadSequence = lastReadSequence;
        ReadAt = readAt;
    }

    public string UserId { get; private set; } = string.Empty;
    public Guid ThreadId { get; private set; }
    public int LastReadSequence { get; private set; }
    public DateTimeOffset ReadAt { get; private set; }

    /// <summary>A read mark only moves forward.</summary>
    public void MoveTo(int sequence, DateTimeOffset now)
    {
        if (sequence > LastReadSequence)
        {
            LastReadSequence = sequence;
            ReadAt = now;
        }
    }
}
