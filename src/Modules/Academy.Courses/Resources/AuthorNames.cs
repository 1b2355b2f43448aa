using Academy.Courses.Content;
using Microsoft.Extensions.Localization;

namespace Academy.Courses.Resources;

/// <summary>
/// The names a revision or draft is kept under when no person's name is: they are ours, stored in English, and shown
/// in the reader's language. A person's name is shown as it is.
/// </summary>
internal static class AuthorNames
{
    /// <summary>An author whose account has no display name.</summary>
    public const string Unnamed = "An instructor";

    public static string Shown(string? name, IStringLocalizer text) => name switch
    {
        ContentFiles.ImportAuthor or Unnamed => text[name],
        _ => name ?? string.Empty,
    };
}
