using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Microsoft.AspNetCore.Components;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Spaces.ViewDiscussions;

/// <summary>A cohort's discussions: its spaces with their threads, last activity, reply counts and what is new for the reader.</summary>
public sealed record GetDiscussions(string CohortSlug, string? SpaceKey = null) : IRequest<DiscussionsOverview>;

/// <param name="CohortTimeZone">The cohort's zone, in which its spaces open at the start of their day.</param>
public sealed record DiscussionsOverview(string CohortSlug, string CohortName, bool IsModerator, IReadOnlyList<SpaceSummary> Spaces, SpaceSummary? OnlySpace,
    string CohortTimeZone);

/// <param name="OpensOn">For a learner, the day a module's space opens if that is still ahead: until then it shows only its title and that day.</param>
/// <param name="TitleMarkup">The title with a module's own title marked as course content in the course's language.</param>
public sealed record SpaceSummary(string Key, string Title, MarkupString TitleMarkup, string Description, SpaceKind Kind, bool CanStartThread, int ThreadCount,
    IReadOnlyList<ThreadSummary> Threads, DateOnly? OpensOn = null)
{
    public bool IsOpen => OpensOn is null;
}

/// <param name="Language">The language of a thread the course opened (a discussion prompt); null for what people start.</param>
public sealed record ThreadSummary(int Number, string Title, string AuthorName, int ReplyCount, DateTimeOffset LastPostAt,
    string LastPostAuthorName, bool IsPinned, bool IsLocked, int NewCount, int? FirstUnread, string? Language = null)
{
    public string Path(string cohortSlug) => $"/cohorts/{cohortSlug}/discussions/{Number}";
}

internal sealed class GetDiscussionsHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, CohortSpaces cohortSpaces,
    IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<GetDiscussions, DiscussionsOverview>
{
    /// <summary>Threads listed per space on the overview; a space's own page lists them all.</summary>
    private const int ThreadsPerSpaceOnOverview = 5;

    public async Task<DiscussionsOverview> Handle(GetDiscussions request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var spaces = await cohortSpaces.EnsureAsync(participant, cancellationToken);
        var only = request.SpaceKey is null ? null
            : spaces.SingleOrDefault(space => space.Key == request.SpaceKey) ?? throw new NotFoundException($"No space {request.SpaceKey}.");

        var userId = participant.Author.UserId;
        var isModerator = participant.IsModerator;
        var spaceIds = (only is null ? spaces : [only]).Where(space => participant.OpensLater(space.ModuleSlug) is null).Select(space => space.Id).ToList();
        var threads = await (
                from thread in data.Threads
                where spaceIds.Contains(thread.SpaceId)
                join mark in data.ReadMarks.Where(m => m.UserId == userId) on thread.Id equals mark.ThreadId into marks
                from mark in marks.DefaultIfEmpty()
                select new
                {
                    thread.SpaceId,
                    thread.Number,
                    thread.Title,
                    thread.ContentLanguage,
                    thread.AuthorName,
                    thread.PostCount,
                    thread.LastPostAt,
                    thread.LastPostAuthorName,
                    thread.IsPinned,
                    thread.IsLocked,
                    LastRead = mark == null ? 0 : mark.LastReadSequence,
                    // Exact: posts after the reader's mark that they can see and did not write themselves.
                    NewCount = thread.Posts.Count(post => post.Sequence > (mark == null ? 0 : mark.LastReadSequence)
                                                          && post.DeletedAt == null && post.AuthorId != userId
                                                          && (post.HiddenAt == null || isModerator)),
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var summaries = spaces.Where(space => only is null || space == only).Select(space =>
        {
            var inSpace = threads.Where(thread => thread.SpaceId == space.Id)
                .OrderByDescending(thread => thread.IsPinned).ThenByDescending(thread => thread.LastPostAt)
                .ToList();
            var shown = only is null ? inSpace.Take(ThreadsPerSpaceOnOverview) : inSpace;
            if (participant.OpensLater(space.ModuleSlug) is { } opensOn)
            {
                return new SpaceSummary(space.Key, SpaceText.Title(t, space), SpaceText.Markup(t, space), SpaceText.Description(t, space.Kind, space.Description), space.Kind, CanStartThread: false, ThreadCount: 0, Threads: [], opensOn);
            }

            return new SpaceSummary(space.Key, SpaceText.Title(t, space), SpaceText.Markup(t, space), SpaceText.Description(t, space.Kind, space.Description), space.Kind, space.AllowsNewThreadsFrom(participant.IsModerator),
                inSpace.Count,
                shown.Select(thread => new ThreadSummary(thread.Number, thread.Title, thread.AuthorName, Math.Max(0, thread.PostCount - 1),
                    thread.LastPostAt, thread.LastPostAuthorName, thread.IsPinned, thread.IsLocked, thread.NewCount,
                    thread.NewCount > 0 ? thread.LastRead + 1 : null, thread.ContentLanguage)).ToList());
        }).ToList();

        return new DiscussionsOverview(participant.CohortSlug, participant.CohortName, participant.IsModerator, summaries,
            only is null ? null : summaries.Single(), participant.CohortTimeZone);
    }
}
