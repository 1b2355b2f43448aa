using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Academy.Shared.Security;

/// <summary>The only source of who is acting. Requests never carry an author or a role.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The signed-in user's id; throws when nobody is signed in (handlers run after authorization).</summary>
    string UserId { get; }

    string? DisplayName { get; }

    /// <summary>The language the person chose (<c>en</c> or <c>fi</c>), or null until they choose.</summary>
    string? Language { get; }

    /// <summary>The person's IANA time zone, or null until their browser suggested one or they chose.</summary>
    string? TimeZone { get; }

    bool IsInRole(string role);
}

internal sealed class HttpCurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => httpContextAccessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string UserId =>
        (IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null)
        ?? throw new InvalidOperationException("No user is signed in.");

    public string? DisplayName => Principal?.FindFirstValue(AcademyClaimTypes.DisplayName) ?? Principal?.Identity?.Name;

    public string? Language => Principal?.FindFirstValue(AcademyClaimTypes.Language);

    public string? TimeZone => Principal?.FindFirstValue(AcademyClaimTypes.TimeZone);

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}

public static class AcademyClaimTypes
{
    public const string DisplayName = "academy:display_name";

    /// <summary>The language the person chose (<c>en</c> or <c>fi</c>); absent until they choose.</summary>
    public const string Language = "academy:language";

    /// <summary>The person's IANA time zone; absent until it is suggested by their browser or chosen.</summary>
    public const string TimeZone = "academy:time_zone";
}
