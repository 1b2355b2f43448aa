using Academy.Cohorts.Data;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.People;

/// <summary>A member's picture, for members of a cohort they share.</summary>
public sealed record GetAvatar(string CohortSlug, string MemberId) : IRequest<AvatarImage>;

public sealed record AvatarImage(string ContentType, byte[] Bytes);

internal sealed class GetAvatarHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetAvatar, AvatarImage>
{
    public async Task<AvatarImage> Handle(GetAvatar request, CancellationToken cancellationToken)
    {
        var viewerId = currentUser.UserId;
        var sharesCohort = await (
                from cohort in data.Cohorts
                where cohort.Slug == request.CohortSlug
                join member in data.CohortMembers on cohort.Id equals member.CohortId
                where member.UserId == request.MemberId
                select cohort.Id)
            .AnyAsync(id => currentUser.IsInRole(Academy.Contracts.Access.Roles.Admin) || data.CohortMembers.Any(m => m.CohortId == id && m.UserId == viewerId), cancellationToken);
        var avatar = sharesCohort
            ? await data.MemberAvatars.AsNoTracking().Where(a => a.UserId == request.MemberId)
                .Select(a => new AvatarImage(a.ContentType, a.Bytes)).SingleOrDefaultAsync(cancellationToken)
            : null;
        return avatar ?? throw new NotFoundException($"No picture of {request.MemberId} for {viewerId} in {request.CohortSlug}.");
    }
}
