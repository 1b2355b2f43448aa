using System.Linq.Expressions;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Review;

/// <summary>
/// For the cohort's instructors (and admins): submitted reflections waiting for review, oldest first, and requests for
/// more time, oldest first, <see cref="PageSize"/> of each at a time. Each list pages on its own: a page starts after the
/// last one's time and id (<see cref="WaitingAfter"/>, <see cref="AskingAfter"/>), so a cohort of thousands costs a page
/// what a small one does.
/// </summary>
public sealed record GetReviewQueue(string CohortSlug, QueuePosition? WaitingAfter = null, QueuePosition? AskingAfter = null) : IRequest<ReviewQueue>
{
    public const int PageSize = 50;
}

/// <summary>Where a page of a queue starts: after the row of this time (submitted, or asked) and, among rows of the same time, this reflection.</summary>
public sealed record QueuePosition(DateTimeOffset At, Guid ReflectionId)
{
    /// <summary>The position as it travels in a link: UTC ticks and the id (<c>638…_0190…</c>).</summary>
    public override string ToString() => FormattableString.Invariant($"{At.UtcTicks}_{ReflectionId}");

    /// <summary>The position from a link; null for anything that is not one (a hand-edited address shows the first page).</summary>
    public static QueuePosition? Parse(string? text)
    {
        var parts = text?.Split('_');
        return parts is [var ticks, var id]
               && long.TryParse(ticks, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var utcTicks)
               && utcTicks <= DateTimeOffset.MaxValue.UtcTicks
               && Guid.TryParse(id, out var reflectionId)
            ? new QueuePosition(new DateTimeOffset(utcTicks, TimeSpan.Zero), reflectionId)
            : null;
    }
}

/// <param name="WaitingCount">How many reflections wait for review in all (this page and the others).</param>
/// <param name="NextWaiting">Where the next page of waiting reflections starts; null on the last page.</param>
/// <param name="AskingCount">How many learners ask for more time in all.</param>
/// <param name="NextAsking">Where the next page of requests for more time starts; null on the last page.</param>
public sealed record ReviewQueue(
    string CohortSlug, string CohortName, IReadOnlyList<WaitingReflection> Waiting, int WaitingCount, QueuePosition? NextWaiting,
    IReadOnlyList<ExtensionRequest> ExtensionRequests, int AskingCount, QueuePosition? NextAsking);

/// <param name="AssignmentLanguage">The language of the course's content, which the assignment's title is.</param>
public sealed record WaitingReflection(Guid Id, string LearnerName, int ModuleNumber, string AssignmentTitle, DateTimeOffset SubmittedAt, bool IsLate, int Version,
    string AssignmentLanguage);

public sealed record ExtensionRequest(
    Guid ReflectionId, string LearnerId, string LearnerName, string AssignmentSlug, int ModuleNumber, string AssignmentTitle,
    DateOnly DueOn, DateOnly RequestedUntil, string Reason, DateTimeOffset RequestedAt, string AssignmentLanguage);

internal sealed class GetReviewQueueHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser, ReviewQueueSizesMemory sizesMemory)
    : IRequestHandler<GetReviewQueue, ReviewQueue>
{
    private const int Waiting = 0;
    private const int Asking = 1;

    /// <summary>
    /// One command: a page (and one more row, to know whether another page follows) of each list; both lists' sizes are kept
    /// (<see cref="ReviewQueueSizesMemory"/>), counted in one more command when they are not. The order is the database's
    /// own, time then id, so a page starts exactly after the last; a list's position left null starts it at its first row.
    /// The lists are written out in full in each place, as an expression to compile has no variables. Compiled once for
    /// the app (<see cref="Data.ReflectionsQueries"/>).
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string[], DateTimeOffset?, Guid, DateTimeOffset?, Guid, IQueryable<QueueRow>>> PageQuery =
        (context, cohortSlug, slugs, waitingAt, waitingId, askingAt, askingId) =>
            context.Set<Reflection>()
                .Where(r => r.CohortSlug == cohortSlug && slugs.Contains(r.AssignmentSlug) && r.Status == ReflectionStatus.Submitted)
                .Where(r => waitingAt == null || r.SubmittedAt > waitingAt || (r.SubmittedAt == waitingAt && r.Id.CompareTo(waitingId) > 0))
                .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
                .Take(GetReviewQueue.PageSize + 1)
                .Select(r => new QueueRow
                {
                    List = Waiting, Id = r.Id, UserId = r.UserId, AuthorName = r.AuthorName, AssignmentSlug = r.AssignmentSlug, At = r.SubmittedAt, IsLate = r.IsLate,
                    Version = r.Submissions.Count, ExtendedUntil = r.ExtendedUntil, RequestedUntil = r.ExtensionRequestedUntil, Reason = r.ExtensionReason,
                })
                .Concat(context.Set<Reflection>()
                    .Where(r => r.CohortSlug == cohortSlug && slugs.Contains(r.AssignmentSlug) && r.ExtensionRequestedUntil != null)
                    .Where(r => askingAt == null || r.ExtensionRequestedAt > askingAt || (r.ExtensionRequestedAt == askingAt && r.Id.CompareTo(askingId) > 0))
                    .OrderBy(r => r.ExtensionRequestedAt).ThenBy(r => r.Id)
                    .Take(GetReviewQueue.PageSize + 1)
                    .Select(r => new QueueRow
                    {
                        List = Asking, Id = r.Id, UserId = r.UserId, AuthorName = r.AuthorName, AssignmentSlug = r.AssignmentSlug, At = r.ExtensionRequestedAt,
                        IsLate = r.IsLate, Version = r.Submissions.Count, ExtendedUntil = r.ExtendedUntil, RequestedUntil = r.ExtensionRequestedUntil, Reason = r.ExtensionReason,
                    }))
                .OrderBy(row => row.List).ThenBy(row => row.At).ThenBy(row => row.Id);

    public async Task<ReviewQueue> Handle(GetReviewQueue request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignments = (await mediator.AssignmentsAsync(cohort, cancellationToken)).ToDictionary(a => a.Slug);
        var slugs = assignments.Keys.ToArray();
        var cohortSlug = cohort.CohortSlug;
        var (waitingAt, waitingId) = (request.WaitingAfter?.At, request.WaitingAfter?.ReflectionId ?? Guid.Empty);
        var (askingAt, askingId) = (request.AskingAfter?.At, request.AskingAfter?.ReflectionId ?? Guid.Empty);
        var rows = await data.ReviewQueuePage(cohortSlug, slugs, waitingAt, waitingId, askingAt, askingId).ToListAsync(cancellationToken);
        var sizes = await sizesMemory.OfAsync(data, cohortSlug, slugs, cancellationToken);

        var waitingRows = rows.Where(row => row.List == Waiting).ToList();
        var askingRows = rows.Where(row => row.List == Asking).ToList();
        var waiting = waitingRows.Take(GetReviewQueue.PageSize)
            .Select(r => new WaitingReflection(r.Id, r.AuthorName, assignments[r.AssignmentSlug].ModuleNumber, assignments[r.AssignmentSlug].Title,
                r.At!.Value, r.IsLate, r.Version, assignments[r.AssignmentSlug].Language))
            .ToList();
        var requests = askingRows.Take(GetReviewQueue.PageSize)
            .Select(r =>
            {
                var assignment = assignments[r.AssignmentSlug];
                var dueOn = new Deadline(assignment.DueOn, assignment.CutOffOn).ExtendedTo(r.ExtendedUntil).DueOn;
                return new ExtensionRequest(r.Id, r.UserId, r.AuthorName, assignment.Slug, assignment.ModuleNumber, assignment.Title,
                    dueOn, r.RequestedUntil!.Value, r.Reason ?? string.Empty, r.At!.Value, assignment.Language);
            })
            .ToList();
        return new ReviewQueue(cohort.CohortSlug, cohort.CohortName,
            waiting, sizes.Waiting,
            waitingRows.Count > GetReviewQueue.PageSize ? new QueuePosition(waiting[^1].SubmittedAt, waiting[^1].Id) : null,
            requests, sizes.Asking,
            askingRows.Count > GetReviewQueue.PageSize ? new QueuePosition(requests[^1].RequestedAt, requests[^1].ReflectionId) : null);
    }

    /// <summary>
    /// A row of either list (<see cref="List"/>), in one shape so that both come back in one command. Both halves read the same
    /// columns (constants of no type would not unite on PostgreSQL).
    /// </summary>
    internal sealed class QueueRow
    {
        public int List { get; init; }
        public Guid Id { get; init; }
        public string UserId { get; init; } = string.Empty;
        public string AuthorName { get; init; } = string.Empty;
        public string AssignmentSlug { get; init; } = string.Empty;
        public DateTimeOffset? At { get; init; }
        public bool IsLate { get; init; }
        public int Version { get; init; }
        public DateOnly? ExtendedUntil { get; init; }
        public DateOnly? RequestedUntil { get; init; }
        public string? Reason { get; init; }
    }
}
