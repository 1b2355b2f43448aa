using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Contracts.Localization;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Discussions.Spaces.ViewDiscussions;
using Academy.Discussions.Threads;
using Academy.Shared.Markdown;
using Academy.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Demo;

/// <summary>Someone of the demo cohort, as their posts show them.</summary>
public sealed record DemoVoice(string UserId, string Name);

/// <summary>
/// A post of the demo: who wrote it and when. <see cref="ReplyTo"/> and <see cref="Quotes"/> name earlier posts
/// of the thread by their number: the opening post (or a prompt thread's prompt) is 1, the replies follow in order.
/// </summary>
public sealed record DemoPost(DemoVoice Author, string Markdown, DateTimeOffset At, int? ReplyTo = null, int? Quotes = null,
    IReadOnlyList<DemoVoice>? LikedBy = null, DemoFlag? Flag = null, DemoEdit? Edit = null);

/// <summary>The author changed the post later; what they first wrote stays in its history.</summary>
public sealed record DemoEdit(string Markdown, DateTimeOffset At);

/// <summary>A member asked the instructors to look at a post.</summary>
public sealed record DemoFlag(DemoVoice By, string Reason, DateTimeOffset At);

/// <summary>
/// A conversation of the demo: a new thread in a space (its title and opening post), or, with
/// <see cref="PromptTitle"/>, the replies to one of the module's pinned prompt threads.
/// </summary>
public sealed record DemoConversation(string SpaceKey, string? PromptTitle, string? Title, IReadOnlyList<DemoPost> Posts);

/// <summary>How far a member has read: every post written up to <see cref="Until"/>.</summary>
public sealed record DemoReader(string UserId, DateTimeOffset Until);

/// <summary>The words of the module's notifications that the demo's people find waiting, the same as a real reply or mention writes.</summary>
public static class DemoDiscussionNotices
{
    public static Words MentionedYou(string authorName, string threadTitle) => new(typeof(DiscussionsText), "{0} mentioned you in “{1}”", authorName, threadTitle);

    public static Words RepliedToYourPost(string authorName, string threadTitle) => new(typeof(DiscussionsText), "{0} replied to your post in “{1}”", authorName, threadTitle);
}

/// <summary>Writes a demo cohort's discussions once, with the times the script gives. Used in Development only.</summary>
public interface IDemoDiscussionsSeeder
{
    /// <summary>The thread number of each conversation, in order; null when the cohort already has discussions (nothing is written then).</summary>
    Task<IReadOnlyList<int>?> SeedAsync(string cohortSlug, string cohortName, string courseSlug, DateOnly startsOn, DemoVoice instructor,
        IReadOnlyList<DemoConversation> conversations, IReadOnlyList<DemoReader> readers, CancellationToken cancellationToken);
}

internal sealed class DemoDiscussionsSeeder(IDiscussionsData data, CohortSpaces cohortSpaces, ThreadNumbers numbers, IMarkdownRenderer markdown)
    : IDemoDiscussionsSeeder
{
    public async Task<IReadOnlyList<int>?> SeedAsync(string cohortSlug, string cohortName, string courseSlug, DateOnly startsOn, DemoVoice instructor,
        IReadOnlyList<DemoConversation> conversations, IReadOnlyList<DemoReader> readers, CancellationToken cancellationToken)
    {
        // Written once: a cohort where anyone has posted keeps what people wrote.
        if (await data.Posts.AnyAsync(post => post.AuthorId != string.Empty && data.Threads.Any(t => t.Id == post.ThreadId && t.CohortSlug == cohortSlug), cancellationToken))
        {
            return null;
        }

        var host = new Participant(cohortSlug, cohortName, courseSlug, startsOn, ZonedTime.DefaultZone /* the demo cohort's */, new Author(instructor.UserId, instructor.Name), IsModerator: true, Releases: null);
        var opened = new DateTimeOffset(startsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var spaces = (await cohortSpaces.EnsureAsync(host, cancellationToken, opened)).ToDictionary(space => space.Key);
        var next = await numbers.NextAsync(cohortSlug, cancellationToken);
        var numbered = new List<int>();
        var written = new List<(DiscussionThread Thread, DemoConversation Conversation, int First)>();
        foreach (var conversation in conversations)
        {
            var space = spaces[conversation.SpaceKey];
            DiscussionThread thread;
            IEnumerable<DemoPost> replies;
            if (conversation.PromptTitle is { } prompt)
            {
                thread = await data.Threads.Include(t => t.Posts)
                    .SingleAsync(t => t.SpaceId == space.Id && t.IsPinned && t.Title == prompt, cancellationToken);
                replies = conversation.Posts;
            }
            else
            {
                var opening = conversation.Posts[0];
                thread = DiscussionThread.Start(space, next++, conversation.Title!, Voice(opening.Author), Render(opening.Markdown), opening.At, isModerator: true);
                data.Threads.Add(thread);
                replies = conversation.Posts.Skip(1);
            }

            // The script numbers posts as the thread does: a new thread's opening is 1, a prompt thread's replies follow its prompt.
            var first = conversation.PromptTitle is null ? 1 : thread.PostCount + 1;
            foreach (var reply in replies)
            {
                thread.AddReply(Voice(reply.Author), Render(reply.Markdown), reply.ReplyTo, reply.Quotes, reply.At);
            }

            numbered.Add(thread.Number);
            written.Add((thread, conversation, first));
        }

        await data.SaveChangesAsync(cancellationToken);

        var now = written.SelectMany(w => w.Thread.Posts).Max(post => post.CreatedAt);
        foreach (var (thread, conversation, first) in written)
        {
            for (var index = 0; index < conversation.Posts.Count; index++)
            {
                var demo = conversation.Posts[index];
                var post = thread.Posts.Single(p => p.Sequence == first + index);
                foreach (var liker in demo.LikedBy ?? [])
                {
                    data.PostLikes.Add(new PostLike(post.Id, Voice(liker), demo.At.AddHours(2)));
                }

                if (demo.Flag is { } flag)
                {
                    data.PostFlags.Add(new PostFlag(thread.CohortSlug, thread.Number, post.Sequence, Voice(flag.By), flag.Reason, flag.At));
                }

                if (demo.Edit is { } change)
                {
                    post.Edit(Render(change.Markdown), change.At);
                }
            }

            // Everyone has read what they wrote and what came before; the readers given read up to their moment.
            var marks = new Dictionary<string, int>();
            foreach (var post in thread.Posts.Where(p => p.AuthorId != string.Empty))
            {
                marks[post.AuthorId] = Math.Max(marks.GetValueOrDefault(post.AuthorId), post.Sequence);
            }

            foreach (var reader in readers)
            {
                var seen = thread.Posts.Where(p => p.CreatedAt <= reader.Until).Select(p => p.Sequence).DefaultIfEmpty(0).Max();
                marks[reader.UserId] = Math.Max(marks.GetValueOrDefault(reader.UserId), seen);
            }

            foreach (var (userId, sequence) in marks.Where(mark => mark.Value > 0))
            {
                data.ReadMarks.Add(new ReadMark(userId, thread.Id, sequence, now));
            }
        }

        await data.SaveChangesAsync(cancellationToken);
        var threadIds = written.Select(w => w.Thread.Id).ToList();
        await data.Posts.Where(p => threadIds.Contains(p.ThreadId) && p.Likes.Any())
            .ExecuteUpdateAsync(p => p.SetProperty(row => row.LikeCount, row => row.Likes.Count), cancellationToken);
        return numbered;
    }

    private static Author Voice(DemoVoice voice) => new(voice.UserId, voice.Name);

    private RenderedPost Render(string source) => new(source, markdown.RenderUserContent(source).Html);
}
