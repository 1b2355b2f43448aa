using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Academy.Web.Identity;

/// <summary>
/// The sign-in cookie's format, which keeps each ticket it unprotects for a minute: a person's every page sends the same
/// cookie, and unprotecting it (a key derived, AES-CBC and an HMAC) was about 7% of the CPU of a signed-in page. Only
/// that exact cookie, read for the same purpose, finds a kept ticket, and each read gets its own copy, so a request that
/// renews or changes its ticket changes nothing another reads. What the cookie handler checks after reading the ticket,
/// its expiry and the account's security stamp, it still checks on every request. Nothing is kept for a cookie that does
/// not unprotect, and a data protection key revoked stops a kept ticket within the minute. Each instance keeps its own:
/// a ticket is read from the cookie alone, so an instance without it reads it as before.
/// </summary>
internal sealed class RecentlyReadTickets(ISecureDataFormat<AuthenticationTicket> format) : ISecureDataFormat<AuthenticationTicket>
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Enough for the people active in a minute on one instance; a few KiB each (the cookie and its ticket).</summary>
    private const int MostKept = 4096;

    private readonly MemoryCache kept = new(new MemoryCacheOptions { SizeLimit = MostKept });

    public string Protect(AuthenticationTicket data) => format.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => format.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return format.Unprotect(protectedText, purpose);
        }

        var key = (protectedText, purpose);
        if (kept.TryGetValue(key, out AuthenticationTicket? ticket))
        {
            return ticket!.Clone();
        }

        ticket = format.Unprotect(protectedText, purpose);
        if (ticket is not null)
        {
            kept.Set(key, ticket.Clone(), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }

        return ticket;
    }
}
