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

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}

public static class AcademyClaimTypes
{
    public const string DisplayName = "academy:display_name";
}
