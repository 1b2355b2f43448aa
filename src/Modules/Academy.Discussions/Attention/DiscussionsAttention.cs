using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq.Expressions;
using Academy.Contracts.Teaching;
using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Shared.Security;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Attention;

/// <summary>
/// The module's part of the instructor's queue, and its figures, in two commands after the cohort whatever its size: a page
/// (and one more) of each kind after the queue's position; then the sizes of both lists and, unless this instance worked
/// them out less than <see cref="EngagementFigures.KeptFor"/> ago, the posts per week and each member's last post, counted
/// and aggregated in the database.
/// </summary>
internal sealed class GetDiscussionsAttentionHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock,
    IStringLocalizer<DiscussionsText> t, IMemoryCache memory)
    : IRequestHandler<GetDiscussionsAttention, DiscussionsAttention>
{
    public static readonly TimeSpan UnansweredAfter = TimeSpan.FromHours(48);
    private const int Weeks = 8;
    private const int PagePart = AttentionPosition.PageSize + 1;

    /// <summary>
    /// A page (and one more) of the learners' threads nobody else has answered since <c>answeredBy</c> (announcements and
    /// pinned prompts are not questions) and of the open flags, each after its start in the queue
    /// (<see cref="AttentionStart{TKey}"/>, taken apart: a start with no moment starts the list at its first row).
    /// Compiled once for the app (<see cref="Data.DiscussionsQueries"/>), as the size of each list is
    /// (<see cref="CountsQuery"/>): the dashboard built and looked them up anew on every visit.
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, DateTimeOffset, DateTimeOffset?, bool, bool, int, DateTimeOffset?, bool, bool, Guid, IQueryable<ItemRow>>> PageQuery =
        (context, cohort, answeredBy, threadsSince, threadsTakesAll, threadsHasKey, threadsKey, flaggedSince, flaggedTakesAll, flaggedHasKey, flaggedKey) =>
            (from thread in context.Set<DiscussionThread>()
             where thread.CohortSlug == cohort && thread.AnsweredAt == null && thread.CreatedAt < answeredBy && !thread.IsPinned
             join space in context.Set<Space>() on thread.SpaceId equals space.Id
             where space.Kind != SpaceKind.Announcements
             select thread)
                .Where(thread => threadsSince == null || thread.CreatedAt > threadsSince
                                 || (thread.CreatedAt == threadsSince && (threadsTakesAll || (threadsHasKey && thread.Number > threadsKey))))
                .OrderBy(thread => thread.CreatedAt).ThenBy(thread => thread.Number)
                .Take(PagePart)
                .Select(thread => new ItemRow
                {
                    Source = (int)AttentionSource.UnansweredThread, Id = thread.Id, Number = thread.Number, Name = thread.AuthorName, Text = thread.Title, At = thread.CreatedAt,
                })
                .Concat(context.Set<PostFlag>()
                    .Where(flag => flag.CohortSlug == cohort && flag.ResolvedAt == null)
                    .Where(flag => flaggedSince == null || flag.FlaggedAt > flaggedSince
                                   || (flag.FlaggedAt == flaggedSince && (flaggedTakesAll || (flaggedHasKey && flag.Id.CompareTo(flaggedKey) > 0))))
                    .OrderBy(flag => flag.FlaggedAt).ThenBy(flag => flag.Id)
                    .Take(PagePart)
                    .Select(flag => new ItemRow
                    {
                        Source = (int)AttentionSource.FlaggedPost, Id = flag.Id, Number = flag.ThreadNumber, Name = flag.FlaggedByName, Text = flag.Reason, At = flag.FlaggedAt,
                    }))
                .OrderBy(row => row.Source).ThenBy(row => row.At).ThenBy(row => row.Number).ThenBy(row => row.Id);

    /// <summary>The sizes of the two lists of <see cref="PageQuery"/>, with the latest moment of each, as grouped rows.</summary>
    internal static readonly Expression<Func<DbContext, string, DateTimeOffset, IQueryable<FigureRow>>> CountsQuery = (context, cohort, answeredBy) =>
        (from thread in context.Set<DiscussionThread>()
         where thread.CohortSlug == cohort && thread.AnsweredAt == null && thread.CreatedAt < answeredBy && !thread.IsPinned
         join space in context.Set<Space>() on thread.SpaceId equals space.Id
         where space.Kind != SpaceKind.Announcements
         select thread)
            .GroupBy(thread => thread.CohortSlug)
            .Select(g => new FigureRow { Figure = Unanswered, Key = g.Key, Week = 0, Count = g.Count(), Last = g.Max(thread => thread.CreatedAt) })
            .Concat(context.Set<PostFlag>()
                .Where(flag => flag.CohortSlug == cohort && flag.ResolvedAt == null)
                .GroupBy(flag => flag.CohortSlug)
                .Select(g => new FigureRow { Figure = Flagged, Key = g.Key, Week = 0, Count = g.Count(), Last = g.Max(flag => flag.FlaggedAt) }));

    public async Task<DiscussionsAttention> Handle(GetDiscussionsAttention request, CancellationToken cancellationToken)
    {
        var moderator = await mediator.ModeratorAsync(currentUser, request.CohortSlug, cancellationToken);
        var cohort = moderator.CohortSlug;
        var now = clock.GetUtcNow();
        var answeredBy = now - UnansweredAfter;

        var threads = AttentionPosition.StartOf(request.After, AttentionSource.UnansweredThread,
            (string text, out int number) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number));
        var flagged = AttentionPosition.StartOf<Guid>(request.After, AttentionSource.FlaggedPost, Guid.TryParse);
        var rows = await data.AttentionPage(cohort, answeredBy, threads.Since, threads.TakesAllAtSince, threads.HasKey, threads.Key,
                flagged.Since, flagged.TakesAllAtSince, flagged.HasKey, flagged.Key)
            .ToListAsync(cancellationToken);

        // Posts per week of the cohort's calendar, counted in the database between the weeks' first moments.
        var weekStarts = Enumerable.Range(0, Weeks).Select(week => WeekOf(now, moderator.CohortTimeZone).AddDays(-7 * (Weeks - 1 - week))).ToList();
        var starts = weekStarts.Select(start => ZonedTime.StartOf(start, moderator.CohortTimeZone)).ToArray();
        var (w0, w1, w2, w3, w4, w5, w6, w7) = (starts[0], starts[1], starts[2], starts[3], starts[4], starts[5], starts[6], starts[7]);
        var keptAs = new KeptFigures(cohort, w0);
        List<FigureRow> figures;
        if (memory.TryGetValue(keptAs, out IReadOnlyList<FigureRow>? kept) && kept is not null)
        {
            figures = [.. kept, .. await data.AttentionCounts(cohort, answeredBy).ToListAsync(cancellationToken)];
        }
        else
        {
            // The figures and the sizes of the two lists (counted as CountsQuery counts them) as one set of grouped rows.
            var unanswered =
                from thread in data.Threads
                where thread.CohortSlug == cohort && thread.AnsweredAt == null && thread.CreatedAt < answeredBy && !thread.IsPinned
                join space in data.Spaces on thread.SpaceId equals space.Id
                where space.Kind != SpaceKind.Announcements
                select thread;
            var flags = data.PostFlags.Where(flag => flag.CohortSlug == cohort && flag.ResolvedAt == null);
            var counts = unanswered.GroupBy(thread => thread.CohortSlug)
                .Select(g => new FigureRow { Figure = Unanswered, Key = g.Key, Week = 0, Count = g.Count(), Last = g.Max(thread => thread.CreatedAt) })
                .Concat(flags.GroupBy(flag => flag.CohortSlug)
                    .Select(g => new FigureRow { Figure = Flagged, Key = g.Key, Week = 0, Count = g.Count(), Last = g.Max(flag => flag.FlaggedAt) }));
            var posts =
                from post in data.Posts
                join thread in data.Threads on post.ThreadId equals thread.Id
                where thread.CohortSlug == cohort && post.DeletedAt == null
                select new { post.AuthorId, post.CreatedAt, thread.CohortSlug };
            figures = await posts
                .GroupBy(post => post.AuthorId)
                .Select(g => new FigureRow { Figure = PostedBy, Key = g.Key, Week = 0, Count = g.Count(), Last = g.Max(post => post.CreatedAt) })
                .Concat(posts
                    .Where(post => post.CreatedAt >= w0)
                    .GroupBy(post => new
                    {
                        post.CohortSlug,
                        Week = post.CreatedAt >= w7 ? 7 : post.CreatedAt >= w6 ? 6 : post.CreatedAt >= w5 ? 5 : post.CreatedAt >= w4 ? 4
                            : post.CreatedAt >= w3 ? 3 : post.CreatedAt >= w2 ? 2 : post.CreatedAt >= w1 ? 1 : 0,
                    })
                    .Select(g => new FigureRow { Figure = PostedInWeek, Key = g.Key.CohortSlug, Week = g.Key.Week, Count = g.Count(), Last = g.Max(post => post.CreatedAt) }))
                .Concat(counts)
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            memory.Set(keptAs, (IReadOnlyList<FigureRow>)figures.Where(f => f.Figure is PostedBy or PostedInWeek).ToList(), EngagementFigures.KeptFor);
        }

        var perWeek = figures.Where(f => f.Figure == PostedInWeek).ToDictionary(f => f.Week, f => f.Count);
        return new DiscussionsAttention(
            rows.Select(row => row.Source == (int)AttentionSource.UnansweredThread
                    ? new AttentionItem(AttentionSource.UnansweredThread, row.Number.ToString(CultureInfo.InvariantCulture), t["Unanswered thread"],
                        t["{0}: “{1}” has no answer yet", AuthorNames.Shown(t, row.Name), row.Text], $"/cohorts/{cohort}/discussions/{row.Number}", row.At)
                    : new AttentionItem(AttentionSource.FlaggedPost, row.Id.ToString(), t["Flagged post"],
                        t["{0} flagged a post: {1}", AuthorNames.Shown(t, row.Name), row.Text], $"/cohorts/{cohort}/discussions/moderation", row.At))
                .ToList(),
            figures.Where(f => f.Figure is Unanswered or Flagged).Sum(f => f.Count),
            weekStarts.Select((start, week) => new ChartPoint(t["Week of {0}", start.ToString(t["d MMM"], CultureInfo.CurrentCulture)], perWeek.GetValueOrDefault(week))).ToList(),
            request.WithLastActivity ? figures.Where(f => f.Figure == PostedBy).ToDictionary(f => f.Key, f => f.Last) : ReadOnlyDictionary<string, DateTimeOffset>.Empty);
    }

    /// <summary>A cohort's posts per week (from the week that starts at <paramref name="FirstWeek"/>) and its members' last posts.</summary>
    private sealed record KeptFigures(string CohortSlug, DateTimeOffset FirstWeek);

    internal const int PostedBy = 0;
    internal const int PostedInWeek = 1;
    internal const int Unanswered = 2;
    internal const int Flagged = 3;

    /// <summary>The Monday of the week <paramref name="at"/> falls in, on the cohort's calendar.</summary>
    private static DateOnly WeekOf(DateTimeOffset at, string cohortTimeZone)
    {
        var day = ZonedTime.Today(at, cohortTimeZone);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>An unanswered thread or a flag, in one shape so that a page of each comes back in one command.</summary>
    internal sealed class ItemRow
    {
        public int Source { get; init; }
        public Guid Id { get; init; }
        public int Number { get; init; }
        public string Name { get; init; } = string.Empty;
        public string Text { get; init; } = string.Empty;
        public DateTimeOffset At { get; init; }
    }

    /// <summary>A count (and the latest moment) per author, per week, or of a whole list; <see cref="Figure"/> says which.</summary>
    internal sealed class FigureRow
    {
        public int Figure { get; init; }
        public string Key { get; init; } = string.Empty;
        public int Week { get; init; }
        public int Count { get; init; }
        public DateTimeOffset Last { get; init; }
    }
}
