using System.Collections.ObjectModel;
using System.Linq.Expressions;
using Academy.Contracts.Teaching;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Review;

/// <summary>
/// The module's part of the instructor's queue, and its figures, in one command after the cohort and its assignments
/// whatever the cohort's size: a page (and one more) of the reflections to review and of the requests for more time after
/// the queue's position. The sizes of both come from memory (<see cref="ReviewQueueSizesMemory"/>), and so do, unless this
/// instance worked them out more than <see cref="EngagementFigures.KeptFor"/> ago, the submissions per assignment and each
/// learner's last writing; what is not kept is counted and aggregated in the database in one more command. The stalled
/// peer reviews come from memory too (<see cref="StalledPeerReviewsMemory"/>), read in one more command when it has
/// forgotten them.
/// </summary>
internal sealed class GetReflectionsAttentionHandler(
    IReflectionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<ReflectionsText> t, IMemoryCache memory,
    StalledPeerReviewsMemory stalledMemory, ReviewQueueSizesMemory sizesMemory)
    : IRequestHandler<GetReflectionsAttention, ReflectionsAttention>
{
    private const int PagePart = AttentionPosition.PageSize + 1;

    /// <summary>
    /// A page (and one more) of the reflections to review and of the requests for more time, each after its start in the
    /// queue (<see cref="AttentionStart{TKey}"/>, taken apart: a start with no moment starts the list at its first row).
    /// Compiled once for the app (<see cref="Data.ReflectionsQueries"/>), as the size of each list is
    /// (<see cref="CountsQuery"/>): the dashboard built and looked them up anew on every visit.
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string[], DateTimeOffset?, bool, bool, Guid, DateTimeOffset?, bool, bool, Guid, IQueryable<ItemRow>>> PageQuery =
        (context, cohortSlug, slugs, reviewSince, reviewTakesAll, reviewHasKey, reviewKey, askSince, askTakesAll, askHasKey, askKey) =>
            context.Set<Reflection>()
                .Where(r => r.CohortSlug == cohortSlug && slugs.Contains(r.AssignmentSlug) && r.Status == ReflectionStatus.Submitted)
                .Where(r => reviewSince == null || r.SubmittedAt > reviewSince
                            || (r.SubmittedAt == reviewSince && (reviewTakesAll || (reviewHasKey && r.Id.CompareTo(reviewKey) > 0))))
                .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
                .Take(PagePart)
                .Select(r => new ItemRow { Source = (int)AttentionSource.ReflectionToReview, Id = r.Id, AuthorName = r.AuthorName, AssignmentSlug = r.AssignmentSlug, At = r.SubmittedAt })
                .Concat(context.Set<Reflection>()
                    .Where(r => r.CohortSlug == cohortSlug && slugs.Contains(r.AssignmentSlug) && r.ExtensionRequestedUntil != null)
                    .Where(r => askSince == null || r.ExtensionRequestedAt > askSince
                                || (r.ExtensionRequestedAt == askSince && (askTakesAll || (askHasKey && r.Id.CompareTo(askKey) > 0))))
                    .OrderBy(r => r.ExtensionRequestedAt).ThenBy(r => r.Id)
                    .Take(PagePart)
                    .Select(r => new ItemRow { Source = (int)AttentionSource.ExtensionRequest, Id = r.Id, AuthorName = r.AuthorName, AssignmentSlug = r.AssignmentSlug, At = r.ExtensionRequestedAt }))
                .OrderBy(row => row.Source).ThenBy(row => row.At).ThenBy(row => row.Id);

    /// <summary>
    /// The sizes of the two lists, as grouped rows. A size reads no moment: the waiting ones are then counted in their index
    /// alone, where the latest draft would have read every row (past its text, on SQLite).
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string[], IQueryable<FigureRow>>> CountsQuery = (context, cohortSlug, slugs) =>
        context.Set<Reflection>()
            .Where(r => r.CohortSlug == cohortSlug && slugs.Contains(r.AssignmentSlug) && r.Status == ReflectionStatus.Submitted)
            .GroupBy(r => r.CohortSlug)
            .Select(g => new FigureRow { Figure = Waiting, Key = g.Key, Count = g.Count(), LastDraft = null, LastSubmitted = null })
            .Concat(context.Set<Reflection>()
                .Where(r => r.CohortSlug == cohortSlug && slugs.Contains(r.AssignmentSlug) && r.ExtensionRequestedUntil != null)
                .GroupBy(r => r.CohortSlug)
                .Select(g => new FigureRow { Figure = Asking, Key = g.Key, Count = g.Count(), LastDraft = null, LastSubmitted = null }));

    public async Task<ReflectionsAttention> Handle(GetReflectionsAttention request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignments = (await mediator.AssignmentsAsync(cohort, cancellationToken)).ToDictionary(a => a.Slug);
        var slugs = assignments.Keys.ToArray();
        var cohortSlug = cohort.CohortSlug;
        var now = clock.GetUtcNow();
        var today = Academy.Shared.Time.ZonedTime.Today(now, cohort.TimeZone);
        var stalled = stalledMemory.Of(cohortSlug, today);
        if (stalled is null)
        {
            var generation = stalledMemory.Generation;
            stalled = new StalledSubmissions(today, await StalledPeerReviewsMemory.Rule(data, cohortSlug, now, today)
                .Select(r => new StalledSubmission(r.Id, r.AuthorName, r.AssignmentSlug, r.SubmittedAt!.Value))
                .AsNoTracking()
                .ToListAsync(cancellationToken));
            stalledMemory.Keep(cohortSlug, stalled, generation);
        }

        var review = AttentionPosition.StartOf<Guid>(request.After, AttentionSource.ReflectionToReview, Guid.TryParse);
        var ask = AttentionPosition.StartOf<Guid>(request.After, AttentionSource.ExtensionRequest, Guid.TryParse);
        var peer = AttentionPosition.StartOf<Guid>(request.After, AttentionSource.PeerReviewStalled, Guid.TryParse);
        var rows = await data.AttentionPage(cohortSlug, slugs, review.Since, review.TakesAllAtSince, review.HasKey, review.Key,
                ask.Since, ask.TakesAllAtSince, ask.HasKey, ask.Key)
            .ToListAsync(cancellationToken);

        var keptAs = new KeptFigures(cohortSlug);
        IReadOnlyList<FigureRow> figures;
        ReviewQueueSizes sizes;
        if (memory.TryGetValue(keptAs, out IReadOnlyList<FigureRow>? kept) && kept is not null)
        {
            figures = kept;
            sizes = await sizesMemory.OfAsync(data, cohortSlug, slugs, cancellationToken);
        }
        else
        {
            var sizesGeneration = sizesMemory.Generation;
            // The figures and the sizes of the two lists (counted as CountsQuery counts them) as one set of grouped rows.
            var known = data.Reflections.Where(r => r.CohortSlug == cohortSlug && slugs.Contains(r.AssignmentSlug));
            var counts = known.Where(r => r.Status == ReflectionStatus.Submitted).GroupBy(r => r.CohortSlug)
                .Select(g => new FigureRow { Figure = Waiting, Key = g.Key, Count = g.Count(), LastDraft = null, LastSubmitted = null })
                .Concat(known.Where(r => r.ExtensionRequestedUntil != null).GroupBy(r => r.CohortSlug)
                    .Select(g => new FigureRow { Figure = Asking, Key = g.Key, Count = g.Count(), LastDraft = null, LastSubmitted = null }));
            var read = await known.Where(r => r.SubmittedAt != null)
                .GroupBy(r => r.AssignmentSlug)
                .Select(g => new FigureRow { Figure = SubmittedOn, Key = g.Key, Count = g.Count(), LastDraft = g.Max(r => r.DraftSavedAt), LastSubmitted = g.Max(r => r.SubmittedAt) })
                .Concat(data.Reflections.Where(r => r.CohortSlug == cohortSlug)
                    .GroupBy(r => r.UserId)
                    .Select(g => new FigureRow { Figure = WrittenBy, Key = g.Key, Count = g.Count(), LastDraft = g.Max(r => r.DraftSavedAt), LastSubmitted = g.Max(r => r.SubmittedAt) }))
                .Concat(counts)
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            sizes = ReviewQueueSizes.Of(read);
            sizesMemory.Keep(cohortSlug, slugs, sizes, sizesGeneration);
            figures = read.Where(f => f.Figure is SubmittedOn or WrittenBy).ToList();
            memory.Set(keptAs, figures, EngagementFigures.KeptFor);
        }

        var stalledPart = stalled.After(peer, assignments).Select(s => new ItemRow
        {
            Source = (int)AttentionSource.PeerReviewStalled, Id = s.Id, AuthorName = s.AuthorName, AssignmentSlug = s.AssignmentSlug, At = s.SubmittedAt,
        });
        var items = rows.Concat(stalledPart).Select(r =>
        {
            var assignment = assignments[r.AssignmentSlug];
            return (AttentionSource)r.Source switch
            {
                AttentionSource.ReflectionToReview => new AttentionItem(AttentionSource.ReflectionToReview, r.Id.ToString(), t["Reflection to review"], r.AuthorName,
                    $"/cohorts/{cohortSlug}/reflections/review/{r.Id}", r.At!.Value, SubmittedWork: assignment.Title),
                AttentionSource.ExtensionRequest => new AttentionItem(AttentionSource.ExtensionRequest, r.Id.ToString(), t["Extension request"],
                    t["{0} asks for more time on {1}", r.AuthorName, assignment.Title], $"/cohorts/{cohortSlug}/reflections/review", r.At!.Value),
                _ => new AttentionItem(AttentionSource.PeerReviewStalled, r.Id.ToString(), t["Needs peer reviewers"], r.AuthorName,
                    $"/cohorts/{cohortSlug}/reflections/{assignment.Slug}/peer-reviews", r.At!.Value, SubmittedWork: assignment.Title),
            };
        }).ToList();
        var submittedOn = figures.Where(f => f.Figure == SubmittedOn).ToDictionary(f => f.Key, f => f.Count);
        var perModule = assignments.Values.GroupBy(a => a.ModuleNumber).OrderBy(g => g.Key)
            .Select(g => new ChartPoint(t["Module {0}", g.Key], g.Sum(a => submittedOn.GetValueOrDefault(a.Slug))))
            .ToList();
        IReadOnlyDictionary<string, DateTimeOffset> lastActivity = request.WithLastActivity
            ? figures.Where(f => f.Figure == WrittenBy && (f.LastDraft ?? f.LastSubmitted) is not null)
                .ToDictionary(f => f.Key, f => new[] { f.LastDraft, f.LastSubmitted }.Max()!.Value)
            : ReadOnlyDictionary<string, DateTimeOffset>.Empty;
        return new ReflectionsAttention(items, sizes.Waiting + sizes.Asking + stalled.CountOf(assignments), perModule, lastActivity);
    }

    /// <summary>A cohort's submissions per assignment and its learners' last writing.</summary>
    private sealed record KeptFigures(string CohortSlug);

    internal const int SubmittedOn = 0;
    internal const int WrittenBy = 1;
    internal const int Waiting = 2;
    internal const int Asking = 3;

    /// <summary>An item of any of the three kinds, in one shape: a page of each of the two read comes back in one command, and the stalled join them.</summary>
    internal sealed class ItemRow
    {
        public int Source { get; init; }
        public Guid Id { get; init; }
        public string AuthorName { get; init; } = string.Empty;
        public string AssignmentSlug { get; init; } = string.Empty;
        public DateTimeOffset? At { get; init; }
    }

    /// <summary>A count (and the latest writing) per assignment, per learner, or of a whole list; <see cref="Figure"/> says which.</summary>
    internal sealed class FigureRow
    {
        public int Figure { get; init; }
        public string Key { get; init; } = string.Empty;
        public int Count { get; init; }
        public DateTimeOffset? LastDraft { get; init; }
        public DateTimeOffset? LastSubmitted { get; init; }
    }
}
