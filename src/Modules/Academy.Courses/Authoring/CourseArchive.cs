using System.Text.RegularExpressions;

namespace Academy.Courses.Authoring;

internal static partial class CourseArchive
{
    public const int MaximumBytes = 5 * 1024 * 1024;
    public const int MaximumEntries = 500;

    /// <summary>course.md and modules/*.md under one folder named by the course's slug; nothing else.</summary>
    [GeneratedRegex(@"^(?<course>[a-z0-9]+(-[a-z0-9]+)*)/(course\.md|modules/[A-Za-z0-9._-]+\.md)$")]
    public static partial Regex EntryPattern();
}
