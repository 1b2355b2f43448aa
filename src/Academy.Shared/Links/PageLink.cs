using Microsoft.AspNetCore.WebUtilities;

namespace Academy.Shared.Links;

/// <summary>
/// A link to a page of this site with its query (a list's search, filters and place), leaving out what is empty. A path,
/// never an absolute address: the page's own host is none of its business (see <see cref="PublicSite"/>).
/// </summary>
public static class PageLink
{
    public static string To(string path, params (string Name, string? Value)[] query) =>
        QueryHelpers.AddQueryString(path, query.Where(pair => !string.IsNullOrEmpty(pair.Value)).Select(pair => KeyValuePair.Create(pair.Name, pair.Value)));
}
