using System.Text.Json;
using Academy.Contracts.Privacy;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Academy.Web.Data;
using Academy.Web.Identity;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Account.Manage;

/// <summary>Everything Academy holds about the signed-in person: their account, and each module's part.</summary>
public sealed record DownloadMyData : IRequest<PersonalDataExport>;

public sealed record PersonalDataExport(DateTimeOffset ExportedAt, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> Areas)
{
    /// <summary>Indented, and with names and text as written (ä, ’, &lt;) rather than \u escapes: a file for people to read. It is served as a download, never as a page.</summary>
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The same data as one JSON tree, for the file download and for the readable page alike.</summary>
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(new { ExportedAt, Areas }, Json);
}

internal sealed class DownloadMyDataHandler(
    UserManager<AcademyUser> userManager, ICurrentUser currentUser, IEnumerable<IPersonalDataProvider> providers, TimeProvider clock)
    : IRequestHandler<DownloadMyData, PersonalDataExport>
{
    public async Task<PersonalDataExport> Handle(DownloadMyData request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(currentUser.UserId) ?? throw new NotFoundException("The account no longer exists.");
        var areas = new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            ["Account"] = new Dictionary<string, object>
            {
                ["Account"] = new[]
                {
                    new
                    {
                        user.Id, user.Email, user.DisplayName, user.EmailConfirmed, Roles = await userManager.GetRolesAsync(user),
                        DailyDigest = user.WantsDailyDigest, user.LockoutEnd,
                    },
                },
            },
        };
        foreach (var provider in providers.OrderBy(provider => provider.Area, StringComparer.Ordinal))
        {
            areas[provider.Area] = await provider.ExportAsync(user.Id, cancellationToken);
        }

        return new PersonalDataExport(clock.GetUtcNow(), areas);
    }
}

/// <summary>
/// Deletes the signed-in person's account after they confirm with their password: every module erases or
/// anonymises its part, then the account goes, all in one transaction, and the session ends.
/// </summary>
public sealed record DeleteMyAccount(string Password, bool Confirmed) : IRequest;

internal sealed class DeleteMyAccountValidator : AbstractValidator<DeleteMyAccount>
{
    public DeleteMyAccountValidator()
    {
        RuleFor(request => request.Password).NotEmpty().WithMessage("Enter your password to confirm it is you.");
        RuleFor(request => request.Confirmed).Equal(true).WithMessage("Tick the box to confirm: deleting your account cannot be undone.");
    }
}

internal sealed class DeleteMyAccountHandler(
    UserManager<AcademyUser> userManager,
    SignInManager<AcademyUser> signInManager,
    ICurrentUser currentUser,
    IEnumerable<IPersonalDataProvider> providers,
    AcademyDbContext db) : IRequestHandler<DeleteMyAccount, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeleteMyAccount request, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(currentUser.UserId) ?? throw new NotFoundException("The account no longer exists.");
        if (!await userManager.CheckPasswordAsync(user, request.Password))
        {
            throw new RuleViolation("That is not your password.", nameof(DeleteMyAccount.Password));
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

internal static class PersonalDataEndpoint
{
    /// <summary>The download: the same data as the readable page, as a JSON file.</summary>
    public static void MapPersonalDataDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/Account/Manage/data.json", async (IMediator mediator) =>
                TypedResults.File(JsonSerializer.SerializeToUtf8Bytes((await mediator.Send(new DownloadMyData())).ToJson(), PersonalDataExport.Json),
                    "application/json", "academy-my-data.json"))
            .RequireAuthorization();
}
