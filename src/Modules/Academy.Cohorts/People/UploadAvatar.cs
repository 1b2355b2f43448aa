using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Files;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.People;

/// <summary>Replaces the member's picture with an uploaded JPEG, PNG or WebP of up to 2 MB, re-encoded without its metadata.</summary>
public sealed record UploadAvatar(byte[] Bytes) : IRequest;

internal sealed class UploadAvatarValidator : AbstractValidator<UploadAvatar>
{
    public UploadAvatarValidator(IStringLocalizer<CohortsText> t) => RuleFor(request => request.Bytes)
        .Must(bytes => bytes.Length > 0).WithMessage(_ => t["Choose an image file."])
        .Must(bytes => bytes.Length <= ProfileRules.MaximumAvatarBytes).WithMessage(_ => t["The picture can be at most 2 MB."])
        .Must(bytes => bytes.Length == 0 || bytes.Length > ProfileRules.MaximumAvatarBytes || UploadedImage.Recognise(bytes) is not null)
        .WithMessage(_ => t["That file is not a JPEG, PNG or WebP picture."]);
}

internal sealed class UploadAvatarHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<CohortsText> t, Academy.Cohorts.People.DirectoryMemory memory) : IRequestHandler<UploadAvatar, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(UploadAvatar request, CancellationToken cancellationToken)
    {
        // Stored re-encoded, so a phone photo's GPS position and other metadata never reach other members.
        var image = UploadedImage.ReEncode(request.Bytes) ?? throw new RuleViolation(t["That file is not a JPEG, PNG or WebP picture."], nameof(request.Bytes));
        var profile = await data.OwnProfileAsync(currentUser, cancellationToken);
        var avatar = await data.MemberAvatars.SingleOrDefaultAsync(a => a.UserId == profile.UserId, cancellationToken);
        if (avatar is null)
        {
            data.MemberAvatars.Add(new MemberAvatar(profile.UserId, image.ContentType, image.Bytes, clock.GetUtcNow()));
        }
        else
        {
            avatar.Replace(image.ContentType, image.Bytes, clock.GetUtcNow());
        }

        profile.AvatarChanged(hasAvatar: true);
        await data.SaveChangesAsync(cancellationToken);
        memory.Forget();
        return MediatR.Unit.Value;
    }
}
