using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Threads;
using Academy.Discussions.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Following;

/// <summary>The member chooses how closely to follow a thread: watching, normal or muted.</summary>
public sealed record FollowThread(string CohortSlug, int ThreadNumber, FollowLevel Level) : IRequest;

internal sealed class FollowThreadHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<FollowThread, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(FollowThread request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var userId = participant.Author.UserId;
        var threadId = await data.ThreadAt(participant, request.ThreadNumber)
                           .Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken)
                       ?? throw new NotFoundException($"Thread {request.ThreadNumber} is not in {request.CohortSlug}.");
        var follow = await data.ThreadFollows.SingleOrDefaultAsync(f => f.UserId == userId && f.ThreadId == threadId, cancellationToken);
        if (follow is null)
        {
            data.ThreadFollows.Add(new ThreadFollow(userId, threadId, request.Level));
        }
        else
        {
            follow.Change(request.Level);
        }

        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
