using Academy.Discussions.Access;
using Academy.Discussions.Domain;
using MediatR;

namespace Academy.Discussions.Notifying;

/// <summary>A reply was posted to a thread and saved. Published after the save; its subscribers tell people and open pages.</summary>
public sealed record ReplyPosted(SavedPost Post) : INotification;

/// <summary>A thread was started and its opening post saved. Published after the save.</summary>
public sealed record ThreadStarted(SavedPost Post) : INotification;

/// <summary>What the subscribers of a new post need to know of it, so none has to read it again.</summary>
/// <param name="SpaceKind">The kind of the thread's space (announcements reach everyone).</param>
/// <param name="ModuleSlug">The module whose space it is, if any (its learners hear nothing before it opens).</param>
/// <param name="Answered">For a reply: who wrote the post it answers and the post it quotes.</param>
public sealed record SavedPost(
    string CohortSlug, string CourseSlug, DateOnly CohortStartsOn, string CohortTimeZone, Guid ThreadId, int ThreadNumber, string ThreadTitle,
    SpaceKind SpaceKind, string? ModuleSlug,
    int Sequence, int? ParentSequence, int? QuotedSequence, string BodyMarkdown, string BodyHtml, DateTimeOffset CreatedAt,
    string AuthorId, string AuthorName, bool ByModerator, AnsweredAuthors? Answered)
{
    internal static SavedPost Of(Participant author, DiscussionThread thread, SpaceKind spaceKind, string? moduleSlug, Post post,
        AnsweredAuthors? answered = null) =>
        new(author.CohortSlug, author.CourseSlug, author.CohortStartsOn, author.CohortTimeZone, thread.Id, thread.Number, thread.Title, spaceKind, moduleSlug,
            post.Sequence, post.ParentSequence, post.QuotedSequence, post.BodyMarkdown, post.BodyHtml, post.CreatedAt,
            author.Author.UserId, author.Author.Name, author.IsModerator, answered);
}

/// <param name="RepliedTo">The author of the post a reply answers (the top-level post it hangs under, or the opening post).</param>
/// <param name="Quoted">The author of the post it quotes, if it quotes one.</param>
public sealed record AnsweredAuthors(string? RepliedTo, string? Quoted);

/// <summary>Tells the people a new post concerns (<see cref="DiscussionNotifications"/>).</summary>
internal sealed class NotifyPeopleOfPost(DiscussionNotifications notifications) : INotificationHandler<ReplyPosted>, INotificationHandler<ThreadStarted>
{
    public Task Handle(ReplyPosted notification, CancellationToken cancellationToken) => notifications.PostedAsync(notification.Post, cancellationToken);

    public Task Handle(ThreadStarted notification, CancellationToken cancellationToken) => notifications.PostedAsync(notification.Post, cancellationToken);
}

/// <summary>Shows a new reply on every open page of its thread.</summary>
internal sealed class ShowReplyLive(Threads.LiveThread.ThreadFeed feed) : INotificationHandler<ReplyPosted>
{
    public Task Handle(ReplyPosted notification, CancellationToken cancellationToken)
    {
        var post = notification.Post;
        feed.Announce(post.ThreadId, new Threads.LiveThread.LivePost(post.Sequence, post.ParentSequence, post.AuthorName, post.BodyHtml, post.CreatedAt));
        return Task.CompletedTask;
    }
}
