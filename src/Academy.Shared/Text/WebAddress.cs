namespace Academy.Shared.Text;

/// <summary>Checks for the web addresses people type into forms (profile links, further reading).</summary>
public static class WebAddress
{
    /// <summary>Empty, or an absolute https address with a real host name, of at most 300 characters.</summary>
    public static bool IsEmptyOrHttps(string? url) => string.IsNullOrWhiteSpace(url) ||
        (url.Length <= 300 && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.'));
}
