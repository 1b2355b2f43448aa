using Academy.Shared.Errors;

namespace Academy.Discussions.Domain;

/// <summary>
/// A thread: a title and its posts. Posts are numbered 1, 2, 3… in the order they arrive (1 is the opening
/// post); the numbers are the permalinks, the pagination keys and the read marks.
/// </summary>
internal sealed class DiscussionThread
{
    private DiscussionThread()
    {
    }

    private DiscussionThread(Guid spaceId, string cohortSlug, int number, string title, Author author, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        SpaceId = spaceId;
        CohortSlug = cohortSlug;
        Number = number;
        Title = title;
        AuthorId = author.UserId;
        AuthorName = author.Name;
        CreatedAt = now;
        LastPostAt = now;
        LastPostAuthorName = author.Name;
    }

    public Guid Id { get; private set; }
    public Guid SpaceId { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;

    /// <summary>The thread's number within its cohort, the stable part of its address.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; } = string.Empty;
    public string AuthorId { get; private set; } = string.Empty;
    public string AuthorName { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastPostAt { get; private set; }
    public string LastPostAuthorName { get; private set; } = string.Empty;

    /// <summary>Posts including the opening one, deleted ones included (they keep their place).</summary>
    public int PostCount { get; private set; }

    /// <summary>
    /// The language of a thread the course opened (a module's discussion prompt: its title and opening post are course
    /// content, copied with the course's language when the space opened); null for what people start, whose language we do not know.
    /// </summary>
    public string? ContentLanguage { get; private set; }

    /// <summary>
    /// When someone other than the author first replied, of the replies not withdrawn; null while nobody has. Kept on the
    /// thread so that the instructor's unanswered threads are read from an index, not found by looking at every thread's posts.
    /// </summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsPinned { get; private set; }
    public bool IsLocked { get; private set; }
    public string? LockReason { get; private set; }

    public List<Post> Posts { get; private set; } = [];

    public int ReplyCount => Math.Max(0, PostCount - 1);

    public static DiscussionThread Start(Space space, int number, string title, Author author, RenderedPost opening, DateTimeOffset now, bool isModerator,
        Guid? idempotencyKey = null)
    {
        if (!space.AllowsNewThreadsFrom(isModerator))
        {
            throw new RuleViolation($"Only instructors start threads in {space.Title}. You can reply to any of them.");
        }

        var thread = new DiscussionThread(space.Id, space.CohortSlug, number, title, author, now);
        thread.Append(author, opening, parentSequence: null, quotedSequence: null, now, idempotencyKey);
        return thread;
    }

    /// <summary>A pinned thread opened by the course itself (a module's discussion prompt).</summary>
    public static DiscussionThread StartPinned(Space space, int number, string title, Author course, RenderedPost opening, DateTimeOffset now,
        string? contentLanguage = null)
    {
        var thread = Start(space, number, title, course, opening, now, isModerator: true);
        thread.IsPinned = true;
        thread.ContentLanguage = contentLanguage;
        return thread;
    }

    /// <summary>
    /// Adds a reply; <paramref name="parentSequence"/> makes it a sub-reply (one level: a reply to a sub-reply
    /// joins the same parent), <paramref name="quotedSequence"/> records the post it quotes.
    /// </summary>
    public Post AddReply(Author author, RenderedPost body, int? parentSequence, int? quotedSequence, DateTimeOffset now, Guid? idempotencyKey = null)
    {
        if (IsLocked)
        {
            throw new RuleViolation($"This thread is locked{(string.IsNullOrWhiteSpace(LockReason) ? "." : $": {LockReason}")} Your text is kept as a draft.");
        }

        return Append(author, body, parentSequence, quotedSequence, now, idempotencyKey);
    }

    public void Pin(bool pinned) => IsPinned = pinned;

    public void MoveTo(Space space)
    {
        if (space.CohortSlug != CohortSlug)
        {
            throw new RuleViolation("A thread can only move to another space of its own cohort.");
        }

        SpaceId = space.Id;
    }

    public void Lock(string reason)
    {
        IsLocked = true;
        LockReason = reason;
    }

    public void Unlock()
    {
        IsLocked = false;
        LockReason = null;
    }

    private Post Append(Author author, RenderedPost body, int? parentSequence, int? quotedSequence, DateTimeOffset now, Guid? idempotencyKey = null)
    {
        PostCount++;
        var post = new Post(Id, PostCount, parentSequence, quotedSequence, author, body, now, idempotencyKey);
        Posts.Add(post);
        LastPostAt = now;
        LastPostAuthorName = author.Name;
        if (author.UserId != AuthorId)
        {
            AnsweredAt ??= now;
        }

        return post;
    }
}

/// <summary>Who wrote something, as shown to others (the name is copied when they write).</summary>
internal sealed record Author(string UserId, string Name);

/// <summary>A post's Markdown source with its safe HTML, rendered once when written.</summary>
internal sealed record RenderedPost(string Markdown, string Html);
