using Academy.Cohorts.Data;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.People;

public sealed record RemoveAvatar : IRequest;

internal sealed class RemoveAvatarHandler(ICohortsData data, ICurrentUser currentUser, Academy.Cohorts.People.DirectoryMemory memory) : IRequestHandler<RemoveAvatar, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RemoveAvatar request, CancellationToken cancellationToken)
    {
        var profile = await data.OwnProfileAsync(currentUser, cancellationToken);
        await data.MemberAvatars.Where(a => a.UserId == profile.UserId).ExecuteDeleteAsync(cancellationToken);
        profile.AvatarChanged(hasAvatar: false);
        await data.SaveChangesAsync(cancellationToken);
        memory.Forget();
        return MediatR.Unit.Value;
    }
}
