using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Academy.Courses.Domain;
using Academy.Shared.Localization;
using Microsoft.Extensions.Localization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Academy.Courses.Content;

/// <summary>
/// A content file that cannot be imported; the message says what to fix (in English, for the log). Each problem is a
/// sentence of the resources with its arguments, so an author importing in the app reads it in their language.
/// </summary>
internal sealed class ContentFormatException(IReadOnlyList<ContentProblem> problems, Exception? inner = null)
    : Exception(string.Join("; ", problems), inner)
{
    public ContentFormatException(string format, params object[] arguments) : this([new ContentProblem(format, arguments)])
    {
    }

    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    /// <summary>The problems in the reader's language.</summary>
    public string Localized(IStringLocalizer text) => string.Join("; ", Problems.Select(problem => text[problem.Format, problem.Arguments].Value));
}

/// <summary>One thing wrong with a content file: a format of the Courses resources (its English text is the key) and its arguments.</summary>
internal sealed record ContentProblem(string Format, params object[] Arguments)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Format, Arguments);
}

internal sealed class CourseFile
{
    public string Title { get; set; } = string.Empty;
    public string Slug { get; set; } = string.Empty;

    /// <summary>The language of the course's content (<c>en</c> when the file does not say); see <see cref="Academy.Shared.Localization.AcademyCultures.TryContentLanguage"/>.</summary>
    public string? Language { get; set; }

    public string Summary { get; set; } = string.Empty;
    public string Audience { get; set; } = string.Empty;
    public int Hours { get; set; }
    public List<CourseCredit> Credits { get; set; } = [];

    [YamlIgnore]
    public string Body { get; set; } = string.Empty;
}

internal sealed class ModuleFile
{
    public string Title { get; set; } = string.Empty;
    public string Slug { get; set; } = string.Empty;
    public int Order { get; set; }
    public int Minutes { get; set; }
    public List<string> Objectives { get; set; } = [];
    public List<DiscussionPrompt> DiscussionPrompts { get; set; } = [];
    public List<ReflectionPrompt> ReflectionPrompts { get; set; } = [];
    public List<ReadingItem> FurtherReading { get; set; } = [];

    [YamlIgnore]
    public string Body { get; set; } = string.Empty;
}

/// <summary>
/// Reads the content format of ARCHITECTURE.md §8: YAML front matter between two <c>---</c> lines, then Markdown.
/// Unknown keys are errors, so a misspelt key is reported instead of silently dropped.
/// </summary>
internal static partial class ContentFiles
{
    /// <summary>The author of revisions that came from content files.</summary>
    public const string ImportAuthor = "Content files";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>
    /// A module as a file of the content format, as the authoring form saves it; <see cref="ParseModule"/> reads it
    /// back. Written by hand in the layout of the files in <c>content/</c> (double-quoted text, two-space indents,
    /// one line a value), so an edit made in the app differs from the file only where the author changed something.
    /// </summary>
    public static string WriteModule(ModuleFile module)
    {
        var yaml = new StringBuilder();
        yaml.Append("---\n");
        yaml.Append("title: ").Append(Quoted(module.Title)).Append('\n');
        yaml.Append("slug: ").Append(module.Slug).Append('\n');
        yaml.Append("order: ").Append(module.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("minutes: ").Append(module.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        List("objectives", module.Objectives, objective => [("", objective)]);
        List("discussion_prompts", module.DiscussionPrompts, prompt => [("title", prompt.Title), ("prompt", prompt.Prompt)]);
        if (module.ReflectionPrompts.Count > 0)
        {
            yaml.Append("reflection_prompts:\n");
            foreach (var prompt in module.ReflectionPrompts)
            {
                yaml.Append("  - slug: ").Append(Quoted(prompt.Slug)).Append('\n');
                yaml.Append("    title: ").Append(Quoted(prompt.Title)).Append('\n');
                yaml.Append("    prompt: ").Append(Quoted(prompt.Prompt)).Append('\n');
                yaml.Append("    rubric:\n");
                foreach (var criterion in prompt.Rubric)
                {
                    yaml.Append("      - criterion: ").Append(Quoted(criterion.Criterion)).Append('\n');
                    yaml.Append("        description: ").Append(Quoted(criterion.Description)).Append('\n');
                    yaml.Append("        levels:\n");
                    foreach (var level in criterion.Levels)
                    {
                        yaml.Append("          - name: ").Append(Quoted(level.Name)).Append('\n');
                        yaml.Append("            description: ").Append(Quoted(level.Description)).Append('\n');
                        yaml.Append("            points: ").Append(level.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                    }
                }
            }
        }

        List("further_reading", module.FurtherReading, reading => reading.Url is null
            ? [("title", reading.Title), ("author", reading.Author), ("note", reading.Note)]
            : [("title", reading.Title), ("author", reading.Author), ("url", reading.Url), ("note", reading.Note)]);
        yaml.Append("---\n\n").Append(module.Body.ReplaceLineEndings("\n").Trim('\n')).Append('\n');
        return yaml.ToString();

        void List<T>(string key, List<T> items, Func<T, (string Key, string Value)[]> fields)
        {
            if (items.Count == 0)
            {
                return;
            }

            yaml.Append(key).Append(":\n");
            foreach (var item in items)
            {
                var first = true;
                foreach (var (name, value) in fields(item))
                {
                    yaml.Append(first ? "  - " : "    ");
                    yaml.Append(name.Length == 0 ? string.Empty : name + ": ").Append(Quoted(value)).Append('\n');
                    first = false;
                }
            }
        }
    }

    /// <summary>A course file of the content format, in the layout of <c>content/</c> (for a course created in the app).</summary>
    public static string WriteCourse(CourseFile course)
    {
        var yaml = new StringBuilder("---\n");
        yaml.Append("title: ").Append(Quoted(course.Title)).Append('\n');
        yaml.Append("slug: ").Append(course.Slug).Append('\n');
        yaml.Append("language: ").Append(course.Language ?? AcademyCultures.English).Append('\n');
        yaml.Append("summary: ").Append(Quoted(course.Summary)).Append('\n');
        yaml.Append("audience: ").Append(Quoted(course.Audience)).Append('\n');
        yaml.Append("hours: ").Append(course.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        if (course.Credits.Count > 0)
        {
            yaml.Append("credits:\n");
            foreach (var credit in course.Credits)
            {
                yaml.Append("  - name: ").Append(Quoted(credit.Name)).Append('\n');
                yaml.Append("    role: ").Append(Quoted(credit.Role)).Append('\n');
                yaml.Append("    work: ").Append(Quoted(credit.Work)).Append('\n');
            }
        }

        return yaml.Append("---\n\n").Append(course.Body.ReplaceLineEndings("\n").Trim('\n')).Append('\n').ToString();
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>What a module file holds, with its body rendered once: the same for imported files and the editor's.</summary>
    public static ModuleContent ContentOf(ModuleFile file, Academy.Shared.Markdown.IMarkdownRenderer markdown)
    {
        var body = markdown.RenderCourseContent(file.Body);
        return new ModuleContent(
            file.Title, file.Minutes, file.Objectives, file.DiscussionPrompts, file.ReflectionPrompts, file.FurtherReading,
            file.Body, body.Html,
            body.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocEntry { Level = h.Level, Id = h.Id, Text = h.Text }).ToList(),
            body.WordCount);
    }

    public static CourseFile ParseCourse(string text)
    {
        var course = Parse<CourseFile>(text, out var body);
        course.Body = body;
        var problems = new List<ContentProblem>();
        RequireSlug(course.Slug, problems);
        Require(course.Title, "title", problems);
        Require(course.Summary, "summary", problems);
        if (course.Language is null)
        {
            course.Language = AcademyCultures.English; // a course that does not say is in English, as every course was before it could
        }
        else if (AcademyCultures.TryContentLanguage(course.Language, out var language))
        {
            course.Language = language;
        }
        else
        {
            problems.Add(new(InvalidLanguage, course.Language));
        }
        if (course.Hours <= 0)
        {
            problems.Add(new("{0} must be a positive number", "hours"));
        }

        ThrowIfAny(problems);
        return course;
    }

    public static ModuleFile ParseModule(string text)
    {
        var module = Parse<ModuleFile>(text, out var body);
        module.Body = body;
        var problems = new List<ContentProblem>();
        RequireSlug(module.Slug, problems);
        Require(module.Title, "title", problems);
        if (module.Order <= 0)
        {
            problems.Add(new("{0} must be a positive number", "order"));
        }

        if (module.Minutes <= 0)
        {
            problems.Add(new("{0} must be a positive number", "minutes"));
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add(new("the Markdown body after the front matter is empty"));
        }

        foreach (var prompt in module.ReflectionPrompts)
        {
            if (!IsSlug(prompt.Slug))
            {
                problems.Add(new("reflection prompt \"{0}\" slug must be lower-case letters, digits and hyphens (got \"{1}\")", prompt.Title, prompt.Slug ?? string.Empty));
            }

            if (string.IsNullOrWhiteSpace(prompt.Prompt))
            {
                problems.Add(new("reflection prompt \"{0}\" prompt is required", prompt.Title));
            }
        }

        ThrowIfAny(problems);
        return module;
    }

    /// <summary>The problem of a <c>language:</c> that names no language the platform knows.</summary>
    public const string InvalidLanguage = "language \"{0}\" is not a language tag this platform knows, such as en, fi or sv-FI";

    /// <summary>
    /// The course file saying <paramref name="language"/>: its <c>language:</c> line changed, or one added after <c>slug:</c>;
    /// every other line stays as the author wrote it.
    /// </summary>
    public static string WithLanguage(string courseText, string language)
    {
        var text = courseText.ReplaceLineEndings("\n").TrimStart('\uFEFF');
        var yaml = FrontMatterPattern().Match(text).Groups["yaml"];
        if (!yaml.Success)
        {
            return courseText;
        }

        var lines = yaml.Value.Split('\n').ToList();
        var line = $"language: {language}";
        var existing = lines.FindIndex(l => LanguageLine().IsMatch(l));
        if (existing >= 0)
        {
            lines[existing] = line;
        }
        else
        {
            lines.Insert(lines.FindIndex(l => l.StartsWith("slug:", StringComparison.Ordinal)) + 1, line); // at the top when there is no slug line
        }

        return text[..yaml.Index] + string.Join('\n', lines) + text[(yaml.Index + yaml.Length)..];
    }

    /// <summary>Lower-case letters, digits and single hyphens: what a slug in an address may be.</summary>
    public static bool IsSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    /// <summary>The same text gives the same hash whatever the line endings of the checkout.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));

    private static T Parse<T>(string text, out string body)
    {
        var normalised = text.ReplaceLineEndings("\n").TrimStart('\uFEFF');
        var match = FrontMatterPattern().Match(normalised);
        if (!match.Success)
        {
            throw new ContentFormatException("the file must start with YAML front matter between two '---' lines");
        }

        body = normalised[match.Length..].Trim('\n') + "\n";
        try
        {
            return Yaml.Deserialize<T>(match.Groups["yaml"].Value)
                ?? throw new ContentFormatException("the front matter is empty");
        }
        catch (YamlException exception)
        {
            throw new ContentFormatException([new("front matter, line {0}: {1}", exception.Start.Line, exception.InnerException?.Message ?? exception.Message)], exception);
        }
    }

    private static void Require(string? value, string key, List<ContentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new("{0} is required", key));
        }
    }

    private static void RequireSlug(string? slug, List<ContentProblem> problems)
    {
        if (!IsSlug(slug))
        {
            problems.Add(new("slug must be lower-case letters, digits and hyphens (got \"{0}\")", slug ?? string.Empty));
        }
    }

    private static void ThrowIfAny(List<ContentProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new ContentFormatException(problems);
        }
    }

    [GeneratedRegex(@"\A---\n(?<yaml>.*?)\n---[ \t]*(\n|\z)", RegexOptions.Singleline)]
    private static partial Regex FrontMatterPattern();

    [GeneratedRegex(@"^language\s*:")]
    private static partial Regex LanguageLine();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
