using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Academy.Web.Email;

/// <summary>
/// The secret in an unsubscribe link: one person and one topic (a kind of notification, or the daily digest), signed
/// and encrypted with Data Protection under a purpose of its own, so it works for nothing else (not as a cookie, not
/// for another person or kind), on any instance (the keys are in the database) and without signing in. It does not
/// expire: an old e-mail's link still stops what it says.
/// </summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Academy.Email.Unsubscribe.v1");

    public string Create(string userId, string topic) => protector.Protect($"{topic}\n{userId}");

    /// <summary>The person and topic of a token this site made; null for anything else.</summary>
    public (string UserId, string Topic)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var parts = protector.Unprotect(token).Split('\n');
            return parts is [var topic, var userId] && userId.Length > 0 && EmailTopics.IsKnown(topic) ? (userId, topic) : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
