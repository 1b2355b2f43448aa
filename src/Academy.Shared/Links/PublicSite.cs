using Microsoft.Extensions.Configuration;

namespace Academy.Shared.Links;

/// <summary>
/// The one address people reach Academy at, from <c>Site:PublicUrl</c>. Every absolute link Academy writes
/// (e-mails, calendar feeds, exports, the calendar address shown on a page) is built from it, never from a
/// request's Host, X-Forwarded-Host or scheme: those are chosen by whoever sends the request, and a link built
/// from them hands a reset code to an attacker's site (password-reset poisoning).
/// </summary>
public sealed class PublicSite
{
    public const string Setting = "Site:PublicUrl";
    public const string DevelopmentAddress = "http://localhost:5080";

    private readonly string root;

    public PublicSite(Uri address)
    {
        if (!IsUsable(address))
        {
            throw new ArgumentException($"The public address must be an absolute http or https address without a query: {address}", nameof(address));
        }

        // A path base (https://school.example/academy) is kept; links are appended to it.
        BaseAddress = address;
        root = address.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public Uri BaseAddress { get; }

    /// <summary>The host name alone, as the host filter compares it.</summary>
    public string Host => BaseAddress.Host;

    /// <summary>The absolute address of an application path such as <c>/invitations/abc</c>.</summary>
    public string Link(string pathAndQuery)
    {
        if (!pathAndQuery.StartsWith('/') || pathAndQuery.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"A link is built from an application path that starts with one '/': {pathAndQuery}", nameof(pathAndQuery));
        }

        return root + pathAndQuery;
    }

    /// <summary>The application path of a link this site made with <see cref="Link"/> (the way back); refuses any other address.</summary>
    public string PathOf(string link)
    {
        if (!link.StartsWith(root + "/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not a link to this site ({root}): {link}", nameof(link));
        }

        return link[root.Length..];
    }

    /// <summary>
    /// Reads <c>Site:PublicUrl</c>. Outside Development it must be set; a missing or relative address stops the
    /// start with a message that says what to set, rather than sending links nobody can open.
    /// </summary>
    public static PublicSite FromConfiguration(IConfiguration configuration, bool isDevelopment)
    {
        var configured = configuration[Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (isDevelopment)
            {
                return new PublicSite(new Uri(DevelopmentAddress));
            }

            throw new InvalidOperationException(
                $"{Setting} is not set. Set it (environment variable Site__PublicUrl) to the absolute address people open Academy at, " +
                "for example https://academy.example.edu: every link in e-mails and calendar feeds is built from it, and requests for any other host are refused.");
        }

        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var address) || !IsUsable(address))
        {
            throw new InvalidOperationException(
                $"{Setting} is \"{configured}\", which is not an absolute http or https address. Set it to the address people open Academy at, " +
                "for example https://academy.example.edu.");
        }

        return new PublicSite(address);
    }

    private static bool IsUsable(Uri address) =>
        address.IsAbsoluteUri && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(address.Host) && string.IsNullOrEmpty(address.Query) && string.IsNullOrEmpty(address.Fragment)
        && string.IsNullOrEmpty(address.UserInfo);
}
