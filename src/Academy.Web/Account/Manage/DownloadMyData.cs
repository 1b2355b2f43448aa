using System.Text.Json;
using Academy.Contracts.Privacy;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Academy.Web.Identity;
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
    UserManager<AcademyUser> userManager, Academy.Web.Data.AcademyDbContext db, ICurrentUser currentUser, IEnumerable<IPersonalDataProvider> providers,
    TimeProvider clock)
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
                        user.LockoutEnd, user.LastDigestAt,
                    },
                },
                ["EmailChoices"] = await db.EmailPreferences.AsNoTracking().Where(p => p.UserId == user.Id)
                    .OrderBy(p => p.Kind).Select(p => new { Kind = p.Kind.ToString(), Delivery = p.Delivery.ToString() }).ToListAsync(cancellationToken),
                // What was e-mailed to the account (kept a month), without the messages' bodies.
                ["Emails"] = await db.OutboxMessages.AsNoTracking().Where(m => m.UserId == user.Id)
                    .OrderBy(m => m.CreatedAt).Select(m => new { m.ToAddress, m.Subject, Status = m.Status.ToString(), m.CreatedAt, m.SentAt }).ToListAsync(cancellationToken),
            },
        };
        foreach (var provider in providers.OrderBy(provider => provider.Area, StringComparer.Ordinal))
        {
            areas[provider.Area] = await provider.ExportAsync(user.Id, cancellationToken);
        }

        return new PersonalDataExport(clock.GetUtcNow(), areas);
    }
}
