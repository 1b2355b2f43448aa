using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Identity;

/// <summary>An account. Modules keep the user's id and copy the display data they need, never this entity.</summary>
public sealed class AcademyUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>When the member's last daily digest was claimed (the e-mail choices are in <c>host_email_preferences</c>).</summary>
    public DateTimeOffset? LastDigestAt { get; set; }

    /// <summary>The language the person chose (<c>en</c>, <c>fi</c>); null until they choose, so their browser's applies.</summary>
    public string? Language { get; set; }

    /// <summary>The person's IANA time zone: suggested by their browser at sign-up or first sign-in, changed on the account page.</summary>
    public string? TimeZone { get; set; }
}
