using System.Text.RegularExpressions;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Academy.Contracts.Localization;
using Academy.Discussions.Resources;

namespace Academy.Discussions.Notifying;

/// <summary>
/// Tells members what concerns them in a new post: a reply to their post, a quote of it, a mention by name
/// (<c>@Display Name</c>), or a new announcement. Each member hears once, by the most personal reason;
/// nobody hears of their own post.
/// </summary>
internal sealed partial class DiscussionNotifications(IDiscussionsData data, IMediator mediator)
{
    public async Task PostedAsync(SavedPost post, CancellationToken cancellationToken)
    {
        var url = $"/cohorts/{post.CohortSlug}/discussions/{post.ThreadNumber}?at={post.Sequence}#post-{post.Sequence}";
        var reasons = new Dictionary<string, (string Key, NotificationKind Kind)>(); // the key of the line in DiscussionsText

        if (post.Answered is { } answered)
        {
            if (answered.Quoted is { } quotedAuthor)
            {
                reasons[quotedAuthor] = ("{0} quoted you in “{1}”", NotificationKind.Discussion);
            }

            if (answered.RepliedTo is { } repliedToAuthor)
            {
                reasons.TryAdd(repliedToAuthor, ("{0} replied to your post in “{1}”", NotificationKind.Discussion));
            }
        }

        // Every member watches announcements unless they muted the thread.
        var announcement = post.SpaceKind == SpaceKind.Announcements;
        IReadOnlyList<CohortMemberName>? members = null;
        if (announcement || post.BodyMarkdown.Contains('@'))
        {
            members = await mediator.Send(new GetCohortMembers(post.CohortSlug), cancellationToken);
            foreach (var member in members.Where(member => IsMentioned(post.BodyMarkdown, member.DisplayName)))
            {
                reasons[member.UserId] = ("{0} mentioned you in “{1}”", NotificationKind.Discussion);
            }

            if (announcement)
            {
                foreach (var member in members)
                {
                    // The announcement itself is an announcement; what people answer to it is a conversation.
                    reasons.TryAdd(member.UserId, post.Sequence == 1
                        ? ("New announcement from {0}: “{1}”", NotificationKind.Announcement)
                        : ("{0} posted in “{1}”", NotificationKind.Discussion));
                }
            }
        }

        // Watchers hear of every post (announcements are watched by everyone who did not mute them); muted threads say nothing.
        var follows = await data.ThreadFollows.Where(f => f.ThreadId == post.ThreadId).Select(f => new { f.UserId, f.Level }).ToListAsync(cancellationToken);
        foreach (var watcher in follows.Where(f => f.Level == FollowLevel.Watching))
        {
            reasons.TryAdd(watcher.UserId, ("{0} posted in “{1}”", NotificationKind.Discussion));
        }

        foreach (var muted in follows.Where(f => f.Level == FollowLevel.Muted))
        {
            reasons.Remove(muted.UserId);
        }

        reasons.Remove(post.AuthorId);
        reasons.Remove(string.Empty); // posts opened by the course itself have no author to tell

        // Instructors may write in a module's space before it opens; its learners hear nothing of it until then.
        if (post.ByModerator && post.ModuleSlug is not null && reasons.Count > 0
            && (await mediator.Send(new GetModuleReleases(post.CourseSlug, post.CohortSlug, post.CohortStartsOn, post.CohortTimeZone), cancellationToken))
                .OpensLater(post.ModuleSlug) is not null)
        {
            members ??= await mediator.Send(new GetCohortMembers(post.CohortSlug), cancellationToken);
            var learners = members.Where(member => member.Role == CohortRole.Learner).Select(member => member.UserId).ToHashSet();
            foreach (var learner in reasons.Keys.Where(learners.Contains).ToList())
            {
                reasons.Remove(learner);
            }
        }

        foreach (var group in reasons.GroupBy(reason => reason.Value))
        {
            await mediator.Publish(new MembersNotified(group.Select(reason => reason.Key).ToList(), post.AuthorId, post.AuthorName,
                new Words(typeof(DiscussionsText), group.Key.Key, post.AuthorName, post.ThreadTitle), url,
                group.Key.Kind, post.CohortSlug), cancellationToken);
        }
    }

    /// <summary>"@Aino Virtanen" mentions Aino Virtanen: the full display name after an @, not inside a longer word.</summary>
    internal static bool IsMentioned(string markdown, string displayName) =>
        displayName.Length > 0
        && Regex.IsMatch(markdown, $@"(?<![\w@])@{Regex.Escape(displayName)}(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
