namespace Academy.Discussions.Domain;

/// <summary>A member likes a post (one like per member and post).</summary>
internal sealed class PostLike
{
    private PostLike()
    {
    }

    public PostLike(Guid postId, Author member, DateTimeOffset at)
    {
        PostId = postId;
        UserId = member.UserId;
        UserName = member.Name;
        LikedAt = at;
    }

    public Guid PostId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public string UserName { get; private set; } = string.Empty;
    public DateTimeOffset LikedAt { get; private set; }
}

public enum FollowLevel
{
    /// <summary>Told about replies to one's own posts, quotes and mentions (the default).</summary>
    Normal = 0,

    /// <summary>Also told about every new post.</summary>
    Watching = 1,

    /// <summary>Told about nothing in this thread.</summary>
    Muted = 2,
}

/// <summary>How closely a member follows a thread, when they chose something other than the default.</summary>
internal sealed class ThreadFollow
{
    private ThreadFollow()
    {
    }

    public ThreadFollow(string userId, Guid threadId, FollowLevel level)
    {
        UserId = userId;
        ThreadId = threadId;
        Level = level;
    }

    public string UserId { get; private set; } = string.Empty;
    public Guid ThreadId { get; private set; }
    public FollowLevel Level { get; private set; }

    public void Change(FollowLevel level) => Level = level;
}
