using System.Security.Cryptography;
using System.Text;

namespace Academy.Cohorts.Domain;

/// <summary>
/// An invitation to join a cohort, sent by e-mail to someone without an account (or not signed in): a
/// single-use link valid for 14 days. Only the hash of its token is stored.
/// </summary>
internal sealed class CohortInvitation
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    private CohortInvitation()
    {
    }

    public CohortInvitation(Guid cohortId, string email, string name, string tokenHash, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CohortId = cohortId;
        Email = email;
        Name = name;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now + ValidFor;
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }

    /// <summary>Lower-cased, so the same person is invited once however the CSV spells the address.</summary>
    public string Email { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;
    public string TokenHash { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public string? AcceptedBy { get; private set; }

    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(string userId, DateTimeOffset now)
    {
        AcceptedAt = now;
        AcceptedBy = userId;
    }

    /// <summary>A new random token for the link; the invitation keeps only its hash.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
