using System.Text.Json;
using Academy.Contracts.Privacy;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Academy.Web.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

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
