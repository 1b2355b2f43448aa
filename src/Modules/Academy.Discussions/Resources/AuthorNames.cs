using Academy.Contracts.Privacy;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Resources;

/// <summary>
/// The names a post carries are people's names, never translated, except the two the system writes itself: the course
/// (a module's discussion prompts) and a deleted account's <see cref="FormerMember"/>, shown in the reader's language.
/// </summary>
internal static class AuthorNames
{
    /// <summary>The author name a module's prompt threads are stored with.</summary>
    public const string CoursePrompt = "Course prompt";

    public static string Shown(IStringLocalizer t, string name) => name switch
    {
        CoursePrompt => t["Course prompt"],
        FormerMember.Name => t["Former member"],
        _ => name,
    };
}
