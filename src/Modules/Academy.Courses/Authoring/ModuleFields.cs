using Academy.Courses.Content;
using Academy.Courses.Domain;

namespace Academy.Courses.Authoring;

/// <summary>
/// The module editor's form (text and list properties never hold null: an empty or absent form field binds as null): the front matter as fields (prompts and rubrics as nested rows) and the Markdown
/// body. Saved as a module file of the content format, so the editor and the content folder are one format.
/// </summary>
public sealed class ModuleFields
{
    public string Title { get; set => field = value ?? string.Empty; } = string.Empty;
    public int Minutes { get; set; }

    /// <summary>One objective a line.</summary>
    public string Objectives { get; set => field = value ?? string.Empty; } = string.Empty;

    public string Body { get; set => field = value ?? string.Empty; } = string.Empty;
    public List<DiscussionPromptFields> DiscussionPrompts { get; set => field = value ?? []; } = [];
    public List<ReflectionPromptFields> ReflectionPrompts { get; set => field = value ?? []; } = [];
    public List<ReadingFields> FurtherReading { get; set => field = value ?? []; } = [];

    internal static ModuleFields From(ModuleFile file) => new()
    {
        Title = file.Title,
        Minutes = file.Minutes,
        Objectives = string.Join("\n", file.Objectives),
        Body = file.Body,
        DiscussionPrompts = file.DiscussionPrompts.Select(p => new DiscussionPromptFields { Title = p.Title, Prompt = p.Prompt }).ToList(),
        ReflectionPrompts = file.ReflectionPrompts.Select(p => new ReflectionPromptFields
        {
            Slug = p.Slug, Title = p.Title, Prompt = p.Prompt,
            Criteria = p.Rubric.Select(c => new CriterionFields
            {
                Criterion = c.Criterion, Description = c.Description,
                Levels = c.Levels.Select(l => new LevelFields { Name = l.Name, Description = l.Description, Points = l.Points }).ToList(),
            }).ToList(),
        }).ToList(),
        FurtherReading = file.FurtherReading.Select(r => new ReadingFields { Title = r.Title, Author = r.Author, Url = r.Url, Note = r.Note }).ToList(),
    };

    /// <summary>The module file these fields describe; rows left empty are dropped (that is how a row is removed).</summary>
    internal ModuleFile ToFile(string slug, int order) => new()
    {
        Title = Title.Trim(),
        Slug = slug,
        Order = order,
        Minutes = Minutes,
        Objectives = Objectives.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        DiscussionPrompts = DiscussionPrompts.Where(p => !p.IsEmpty)
            .Select(p => new DiscussionPrompt { Title = p.Title.Trim(), Prompt = p.Prompt.Trim() }).ToList(),
        ReflectionPrompts = ReflectionPrompts.Where(p => !p.IsEmpty).Select(p => new ReflectionPrompt
        {
            Slug = p.Slug.Trim(), Title = p.Title.Trim(), Prompt = p.Prompt.Trim(),
            Rubric = p.Criteria.Where(c => !c.IsEmpty).Select(c => new RubricCriterion
            {
                Criterion = c.Criterion.Trim(), Description = c.Description.Trim(),
                Levels = c.Levels.Where(l => !l.IsEmpty).Select(l => new RubricLevel { Name = l.Name.Trim(), Description = l.Description.Trim(), Points = l.Points ?? 0 }).ToList(),
            }).ToList(),
        }).ToList(),
        FurtherReading = FurtherReading.Where(r => !r.IsEmpty)
            .Select(r => new ReadingItem { Title = r.Title.Trim(), Author = r.Author.Trim(), Url = string.IsNullOrWhiteSpace(r.Url) ? null : r.Url.Trim(), Note = r.Note.Trim() })
            .ToList(),
        Body = Body,
    };
}

public sealed class DiscussionPromptFields
{
    public string Title { get; set => field = value ?? string.Empty; } = string.Empty;
    public string Prompt { get; set => field = value ?? string.Empty; } = string.Empty;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Prompt);
}

public sealed class ReflectionPromptFields
{
    public string Slug { get; set => field = value ?? string.Empty; } = string.Empty;
    public string Title { get; set => field = value ?? string.Empty; } = string.Empty;
    public string Prompt { get; set => field = value ?? string.Empty; } = string.Empty;
    public List<CriterionFields> Criteria { get; set => field = value ?? []; } = [];

    public bool IsEmpty => string.IsNullOrWhiteSpace(Slug) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Prompt) && Criteria.All(c => c.IsEmpty);

    /// <param name="levelNames">The four levels' names in the author's language (English without).</param>
    public static ReflectionPromptFields Blank(IReadOnlyList<string>? levelNames = null) => new() { Criteria = [CriterionFields.Blank(levelNames)] };
}

public sealed class CriterionFields
{
    public string Criterion { get; set => field = value ?? string.Empty; } = string.Empty;
    public string Description { get; set => field = value ?? string.Empty; } = string.Empty;
    public List<LevelFields> Levels { get; set => field = value ?? []; } = [];

    public bool IsEmpty => string.IsNullOrWhiteSpace(Criterion) && string.IsNullOrWhiteSpace(Description) && Levels.All(l => l.IsEmpty);

    /// <summary>The four levels the course's rubrics use, in English: the keys of their names in the author's language.</summary>
    public static readonly IReadOnlyList<string> LevelNames = ["Beginning", "Developing", "Proficient", "Exemplary"];

    /// <summary>A new criterion with the four levels the course's rubrics use.</summary>
    /// <param name="levelNames">Their names in the author's language (English without).</param>
    public static CriterionFields Blank(IReadOnlyList<string>? levelNames = null) => new()
    {
        Levels = (levelNames ?? LevelNames).Select((name, index) => new LevelFields { Name = name, Points = index + 1 }).ToList(),
    };
}

public sealed class LevelFields
{
    public string Name { get; set => field = value ?? string.Empty; } = string.Empty;
    public string Description { get; set => field = value ?? string.Empty; } = string.Empty;
    public int? Points { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description);
}

public sealed class ReadingFields
{
    public string Title { get; set => field = value ?? string.Empty; } = string.Empty;
    public string Author { get; set => field = value ?? string.Empty; } = string.Empty;
    public string? Url { get; set; }
    public string Note { get; set => field = value ?? string.Empty; } = string.Empty;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Author) && string.IsNullOrWhiteSpace(Url) && string.IsNullOrWhiteSpace(Note);
}
