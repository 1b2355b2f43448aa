using Academy.Shared.Errors;
using Academy.Shared.Localization;
using Academy.Shared.Security;
using Academy.Shared.Time;
using Academy.Web.Identity;
using Academy.Web.Resources;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Account.Manage;

/// <summary>The person's language (pages, e-mails to them, their calendar feed) and the time zone every time is shown in.</summary>
public sealed record ChangeLanguageAndTimeZone(string Language, string TimeZone) : IRequest;

internal sealed class ChangeLanguageAndTimeZoneValidator : AbstractValidator<ChangeLanguageAndTimeZone>
{
    public ChangeLanguageAndTimeZoneValidator(IStringLocalizer<WebText> t)
    {
        RuleFor(request => request.Language).Must(AcademyCultures.IsSupported).WithMessage(_ => t["Choose English or Finnish."]);
        RuleFor(request => request.TimeZone).Must(ZonedTime.Exists).WithMessage(_ => t["Choose a time zone from the list."]);
    }
}

internal sealed class ChangeLanguageAndTimeZoneHandler(UserManager<AcademyUser> userManager, SignInManager<AcademyUser> signInManager, ICurrentUser currentUser)
    : IRequestHandler<ChangeLanguageAndTimeZone, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeLanguageAndTimeZone request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(currentUser.UserId) ?? throw new NotFoundException("The account no longer exists.");
        user.Language = AcademyCultures.Normalize(request.Language);
        user.TimeZone = request.TimeZone;
        await userManager.UpdateAsync(user);
        await signInManager.RefreshSignInAsync(user); // the cookie carries both, so no page asks the database
        return MediatR.Unit.Value;
    }
}
