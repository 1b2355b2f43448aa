using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Moderation;

/// <summary>For moderators: the open flags of a cohort's discussions and the latest entries of its moderation log.</summary>
public sealed record GetModerationQueue(string CohortSlug) : IRequest<ModerationQueue>;

public sealed record ModerationQueue(string CohortSlug, string CohortName, IReadOnlyList<OpenFlag> Flags, IReadOnlyList<LogLine> Log);

/// <param name="ThreadLanguage">The language of a thread the course opened (its title is course content); null for people's threads.</param>
public sealed record OpenFlag(Guid Id, int ThreadNumber, string ThreadTitle, int Sequence, string PostAuthor, string FlaggedBy, string Reason, DateTimeOffset FlaggedAt,
    string? ThreadLanguage = null);

public sealed record LogLine(DateTimeOffset At, string Moderator, ModerationAction Action, int ThreadNumber, int? Sequence, string Reason);

internal sealed class GetModerationQueueHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetModerationQueue, ModerationQueue>
{
    private const int LogLines = 100;

    public async Task<ModerationQueue> Handle(GetModerationQueue request, CancellationToken cancellationToken)
    {
        var moderator = await mediator.ModeratorAsync(currentUser, request.CohortSlug, cancellationToken);
        var flags = await (
                from flag in data.PostFlags
                where flag.CohortSlug == moderator.CohortSlug && flag.ResolvedAt == null
                join thread in data.Threads on new { flag.CohortSlug, Number = flag.ThreadNumber } equals new { thread.CohortSlug, thread.Number }
                join post in data.Posts on new { ThreadId = thread.Id, Sequence = flag.PostSequence } equals new { post.ThreadId, post.Sequence }
                orderby flag.FlaggedAt
                select new OpenFlag(flag.Id, flag.ThreadNumber, thread.Title, flag.PostSequence, post.AuthorName, flag.FlaggedByName, flag.Reason, flag.FlaggedAt,
                    thread.ContentLanguage))
            .ToListAsync(cancellationToken);
        var log = await data.ModerationLog
            .Where(entry => entry.CohortSlug == moderator.CohortSlug)
            .OrderByDescending(entry => entry.At)
            .Take(LogLines)
            .Select(entry => new LogLine(entry.At, entry.ModeratorName, entry.Action, entry.ThreadNumber, entry.PostSequence, entry.Reason))
            .ToListAsync(cancellationToken);
        return new ModerationQueue(moderator.CohortSlug, moderator.CohortName, flags, log);
    }
}
