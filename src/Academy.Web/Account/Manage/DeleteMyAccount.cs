using Academy.Contracts.Privacy;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Academy.Web.Data;
using Academy.Web.Identity;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Account.Manage;

/// <summary>
/// Deletes the signed-in person's account after they confirm with their password: every module erases or
/// anonymises its part, then the account goes, all in one transaction, and the session ends.
/// </summary>
public sealed record DeleteMyAccount(string Password, bool Confirmed) : IRequest;

internal sealed class DeleteMyAccountValidator : AbstractValidator<DeleteMyAccount>
{
    public DeleteMyAccountValidator(IStringLocalizer<WebText> t)
    {
        RuleFor(request => request.Password).NotEmpty().WithMessage(_ => t["Enter your password to confirm it is you."]);
        RuleFor(request => request.Confirmed).Equal(true).WithMessage(_ => t["Tick the box to confirm: deleting your account cannot be undone."]);
    }
}

internal sealed class DeleteMyAccountHandler(
    UserManager<AcademyUser> userManager,
    SignInManager<AcademyUser> signInManager,
    ICurrentUser currentUser,
    IEnumerable<IPersonalDataProvider> providers,
    AcademyDbContext db,
    IStringLocalizer<WebText> t) : IRequestHandler<DeleteMyAccount, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeleteMyAccount request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(currentUser.UserId) ?? throw new NotFoundException("The account no longer exists.");
        if (!await userManager.CheckPasswordAsync(user, request.Password))
        {
            throw new RuleViolation(t["That is not your password."], nameof(DeleteMyAccount.Password));
        }

        // All or nothing; with a retrying provider the whole transaction is what is retried, from a clean slate.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var provider in providers)
            {
                await provider.EraseAsync(user.Id, cancellationToken);
            }

            var account = await userManager.FindByIdAsync(user.Id) ?? throw new NotFoundException("The account no longer exists.");
            var deleted = await userManager.DeleteAsync(account);
            if (!deleted.Succeeded)
            {
                throw new InvalidOperationException($"The account could not be deleted: {string.Join(" ", deleted.Errors.Select(e => e.Description))}");
            }

            await transaction.CommitAsync(cancellationToken);
        });

        await signInManager.SignOutAsync();
        return MediatR.Unit.Value;
    }
}
