using System.Text.RegularExpressions;
using Academy.Discussions.Domain;
using Academy.Shared.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Resources;

/// <summary>
/// A space's title and description are stored in English when the space opens (<c>CohortSpaces</c>); they are shown
/// in the reader's language. A module space's title keeps the module's own title, which is course content.
/// </summary>
internal static partial class SpaceText
{
    public const string AnnouncementsTitle = "Announcements";
    public const string AnnouncementsDescription = "News from your instructors. Everyone follows this space.";
    public const string LoungeTitle = "Lounge";
    public const string LoungeDescription = "Open conversation with your cohort: introductions, questions, ideas.";
    public const string ModuleTitle = "Module {0}: {1}";
    public const string ModuleDescription = "Discuss module {0} with your cohort.";

    [GeneratedRegex(@"^Module (\d+): (.*)$", RegexOptions.Singleline)]
    private static partial Regex StoredModuleTitle();

    [GeneratedRegex(@"^Discuss module (\d+) with your cohort\.$")]
    private static partial Regex StoredModuleDescription();

    public static string Title(IStringLocalizer t, Space space) => Title(t, space.Kind, space.Title);

    public static string Title(IStringLocalizer t, SpaceKind kind, string title) => kind switch
    {
        SpaceKind.Announcements when title == AnnouncementsTitle => t[AnnouncementsTitle],
        SpaceKind.Lounge when title == LoungeTitle => t[LoungeTitle],
        SpaceKind.Module when StoredModuleTitle().Match(title) is { Success: true } module
            => t[ModuleTitle, module.Groups[1].Value, module.Groups[2].Value],
        _ => title,
    };

    /// <summary>
    /// The title as markup: a module space's title is our sentence around the module's own title, which is course content,
    /// so that part is marked <c>translate="no"</c> with the course's language.
    /// </summary>
    public static MarkupString Markup(IStringLocalizer t, SpaceKind kind, string title, string? contentLanguage) =>
        kind == SpaceKind.Module && StoredModuleTitle().Match(title) is { Success: true } module
            ? LocalizedMarkup.WithContent(t[ModuleTitle].Value, module.Groups[1].Value, new ContentText(module.Groups[2].Value, contentLanguage))
            : LocalizedMarkup.WithContent("{0}", Title(t, kind, title));

    public static MarkupString Markup(IStringLocalizer t, Space space) => Markup(t, space.Kind, space.Title, space.ContentLanguage);

    public static string Description(IStringLocalizer t, SpaceKind kind, string description) => kind switch
    {
        SpaceKind.Announcements when description == AnnouncementsDescription => t[AnnouncementsDescription],
        SpaceKind.Lounge when description == LoungeDescription => t[LoungeDescription],
        SpaceKind.Module when StoredModuleDescription().Match(description) is { Success: true } module => t[ModuleDescription, module.Groups[1].Value],
        _ => description,
    };
}
