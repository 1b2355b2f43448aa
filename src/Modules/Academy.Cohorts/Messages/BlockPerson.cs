using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>
/// Blocks a member of a shared cohort, or unblocks them. A blocked person can no longer write to the blocker, ask them
/// for a conversation or to connect, and is never told: what they send looks sent, and reaches nobody.
/// </summary>
public sealed record BlockPerson(string PersonId, bool Block) : IRequest;

internal sealed class BlockPersonHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<BlockPerson, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(BlockPerson request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var existing = await data.PersonBlocks.SingleOrDefaultAsync(b => b.BlockerId == me && b.BlockedId == request.PersonId, cancellationToken);
        if (!request.Block)
        {
            if (existing is not null)
            {
                data.PersonBlocks.Remove(existing);
                await data.SaveChangesAsync(cancellationToken);
            }

            return MediatR.Unit.Value;
        }

        if (existing is not null)
        {
            return MediatR.Unit.Value;
        }

        var person = (await Correspondents.LoadAsync(data, me, [request.PersonId], cancellationToken)).People.Single();
        if (!person.SharesCohort || request.PersonId == me)
        {
            throw new NotFoundException($"{request.PersonId} shares no cohort with {me}.");
        }

        data.PersonBlocks.Add(new PersonBlock(me, request.PersonId, clock.GetUtcNow()));
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
