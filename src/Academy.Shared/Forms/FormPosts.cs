using Microsoft.AspNetCore.Http;

namespace Academy.Shared.Forms;

/// <summary>
/// Lets a page skip its view query when a form of its own is posted. Static rendering builds the page before it
/// hands the post to the form, so a page that loads its view first pays for a view that a successful post throws
/// away with its redirect. Such a page renders the posted form without its view, at the same place in the page as
/// always (so the form keeps its typed text and messages), and loads the view only when the form says it was refused.
/// </summary>
public static class FormPosts
{
    /// <summary>Whether this request posts the form of that name (Blazor names the posted form in its <c>_handler</c> field).</summary>
    public static bool Posts(this HttpContext? request, string formName) =>
        request is not null
        && HttpMethods.IsPost(request.Request.Method)
        && request.Request.HasFormContentType
        && string.Equals(request.Request.Form["_handler"], formName, StringComparison.Ordinal);
}
