using Academy.Shared.Localization;
using Academy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Account.Lookup;

/// <summary>A person's language and time zone from their account (<see cref="Identity.AcademyUser"/>), for the modules.</summary>
internal sealed class ReaderSettingsLookup(AcademyDbContext db) : IReaderSettings
{
    public async Task<ReaderSettings> OfAsync(string userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(user => user.Id == userId)
            .Select(user => new ReaderSettings(user.Language, user.TimeZone))
            .SingleOrDefaultAsync(cancellationToken)
        ?? ReaderSettings.Defaults;
}
