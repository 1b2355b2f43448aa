using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Identity;

/// <summary>An account. Modules keep the user's id and copy the display data they need, never this entity.</summary>
public sealed class AcademyUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The member asked for a daily e-mail of what happened in their discussions (opt-in, off by default).</summary>
    public bool WantsDailyDigest { get; set; }

    public DateTimeOffset? LastDigestAt { get; set; }
}
