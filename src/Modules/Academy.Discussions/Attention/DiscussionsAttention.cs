using System.Globalization;
using Academy.Contracts.Teaching;
using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Shared.Security;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Attention;

internal sealed class GetDiscussionsAttentionHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock,
    IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<GetDiscussionsAttention, DiscussionsAttention>
{
    public static readonly TimeSpan UnansweredAfter = TimeSpan.FromHours(48);
    private const int Weeks = 8;

    public async Task<DiscussionsAttention> Handle(GetDiscussionsAttention request, CancellationToken cancellationToken)
    {
        var moderator = await mediator.ModeratorAsync(currentUser, request.CohortSlug, cancellationToken);
        var cohort = moderator.CohortSlug;
        var now = clock.GetUtcNow();
        var answeredBy = now - UnansweredAfter;

        // A learner's thread nobody else has answered in 48 hours (announcements and pinned prompts are not questions).
        var unanswered = await (
                from thread in data.Threads
                where thread.CohortSlug == cohort && thread.CreatedAt < answeredBy && !thread.IsPinned
                join space in data.Spaces on thread.SpaceId equals space.Id
                where space.Kind != SpaceKind.Announcements
                where !data.Posts.Any(post => post.ThreadId == thread.Id && post.AuthorId != thread.AuthorId && post.DeletedAt == null)
                orderby thread.CreatedAt
                select new { thread.Number, thread.Title, thread.AuthorName, thread.CreatedAt })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var flags = await data.PostFlags.AsNoTracking()
            .Where(flag => flag.CohortSlug == cohort && flag.ResolvedAt == null)
            .OrderBy(flag => flag.FlaggedAt)
            .Select(flag => new { flag.ThreadNumber, flag.PostSequence, flag.FlaggedByName, flag.Reason, flag.FlaggedAt })
            .ToListAsync(cancellationToken);

        var since = now.AddDays(-7 * Weeks);
        var posts = await (
                from post in data.Posts
                join thread in data.Threads on post.ThreadId equals thread.Id
                where thread.CohortSlug == cohort && post.DeletedAt == null
                group post by post.AuthorId into byAuthor
                select new { AuthorId = byAuthor.Key, Last = byAuthor.Max(post => post.CreatedAt) })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var recent = await (
                from post in data.Posts
                join thread in data.Threads on post.ThreadId equals thread.Id
                where thread.CohortSlug == cohort && post.DeletedAt == null && post.CreatedAt >= since
                select post.CreatedAt)
            .ToListAsync(cancellationToken);

        var weekStarts = Enumerable.Range(0, Weeks).Select(week => WeekOf(now, moderator.CohortTimeZone).AddDays(-7 * (Weeks - 1 - week))).ToList();
        return new DiscussionsAttention(
            unanswered.Select(u => new AttentionItem(t["Unanswered thread"], t["{0}: “{1}” has no answer yet", AuthorNames.Shown(t, u.AuthorName), u.Title],
                    $"/cohorts/{cohort}/discussions/{u.Number}", u.CreatedAt))
                .Concat(flags.Select(f => new AttentionItem(t["Flagged post"], t["{0} flagged a post: {1}", AuthorNames.Shown(t, f.FlaggedByName), f.Reason],
                    $"/cohorts/{cohort}/discussions/moderation", f.FlaggedAt)))
                .ToList(),
            weekStarts.Select(start => new ChartPoint(t["Week of {0}", start.ToString(t["d MMM"], CultureInfo.CurrentCulture)],
                recent.Count(at => WeekOf(at, moderator.CohortTimeZone) == start))).ToList(),
            posts.ToDictionary(p => p.AuthorId, p => p.Last));
    }

    /// <summary>The Monday of the week <paramref name="at"/> falls in, on the cohort's calendar.</summary>
    private static DateOnly WeekOf(DateTimeOffset at, string cohortTimeZone)
    {
        var day = ZonedTime.Today(at, cohortTimeZone);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
