using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Resources;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Moderation;

/// <summary>For a moderator moving a thread: the thread and the spaces it can go to.</summary>
public sealed record GetMoveTargets(string CohortSlug, int ThreadNumber) : IRequest<MoveTargets>;

/// <param name="ThreadLanguage">The language of a thread the course opened (its title is course content); null for people's threads.</param>
public sealed record MoveTargets(string ThreadTitle, string CurrentSpaceKey, IReadOnlyList<SpaceChoice> Spaces, string? ThreadLanguage = null);

public sealed record SpaceChoice(string Key, string Title);

internal sealed class GetMoveTargetsHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<GetMoveTargets, MoveTargets>
{
    public async Task<MoveTargets> Handle(GetMoveTargets request, CancellationToken cancellationToken)
    {
        var moderator = await mediator.ModeratorAsync(currentUser, request.CohortSlug, cancellationToken);
        var thread = await (
                from t in data.ThreadAt(moderator, request.ThreadNumber)
                join space in data.Spaces on t.SpaceId equals space.Id
                select new { t.Title, t.ContentLanguage, space.Key })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Thread {request.ThreadNumber} is not in {request.CohortSlug}.");
        var spaces = await data.Spaces.Where(space => space.CohortSlug == moderator.CohortSlug)
            .OrderBy(space => space.Position)
            .Select(space => new { space.Key, space.Kind, space.Title })
            .ToListAsync(cancellationToken);
        return new MoveTargets(thread.Title, thread.Key, spaces.Select(space => new SpaceChoice(space.Key, SpaceText.Title(t, space.Kind, space.Title))).ToList(),
            thread.ContentLanguage);
    }
}
