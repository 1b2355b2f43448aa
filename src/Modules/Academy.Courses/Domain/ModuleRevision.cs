namespace Academy.Courses.Domain;

/// <summary>
/// An immutable version of a module's content: front matter and body, with the body's HTML rendered once
/// when the revision was made.
/// </summary>
internal sealed class ModuleRevision
{
    private ModuleRevision()
    {
    }

    public ModuleRevision(Guid moduleId, int number, ModuleContent content, string contentHash, string source, DateTimeOffset now,
        string fileText, string authorName)
    {
        FileText = fileText;
        AuthorName = authorName;
        Id = Guid.CreateVersion7();
        ModuleId = moduleId;
        Number = number;
        Title = content.Title;
        Minutes = content.Minutes;
        Objectives = content.Objectives.ToList();
        DiscussionPrompts = content.DiscussionPrompts.ToList();
        ReflectionPrompts = content.ReflectionPrompts.ToList();
        FurtherReading = content.FurtherReading.ToList();
        BodyMarkdown = content.BodyMarkdown;
        BodyHtml = content.BodyHtml;
        Headings = content.Headings.ToList();
        WordCount = content.WordCount;
        ContentHash = contentHash;
        Source = source;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ModuleId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public int Minutes { get; private set; }
    public List<string> Objectives { get; private set; } = [];
    public List<DiscussionPrompt> DiscussionPrompts { get; private set; } = [];
    public List<ReflectionPrompt> ReflectionPrompts { get; private set; } = [];
    public List<ReadingItem> FurtherReading { get; private set; } = [];
    public string BodyMarkdown { get; private set; } = string.Empty;
    public string BodyHtml { get; private set; } = string.Empty;
    public List<TocEntry> Headings { get; private set; } = [];
    public int WordCount { get; private set; }
    public string ContentHash { get; private set; } = string.Empty;

    /// <summary>Where the content came from: a content file's path, or the author who published it.</summary>
    public string Source { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The revision as a module file of the content format (front matter and body): what an export writes,
    /// what a restore puts back in the editor, and what two revisions are compared by.
    /// </summary>
    public string FileText { get; private set; } = string.Empty;

    /// <summary>Who published it: an instructor's name, or "Content files" for an import.</summary>
    public string AuthorName { get; private set; } = string.Empty;

    /// <summary>Fills in the file text of a revision stored before revisions kept it; a kept text never changes.</summary>
    public void KeepFileText(string fileText)
    {
        if (FileText.Length == 0)
        {
            FileText = fileText;
            AuthorName = AuthorName.Length == 0 ? "Content files" : AuthorName;
        }
    }
}

/// <summary>Everything a revision holds, as parsed from a module file (or, later, the authoring form).</summary>
internal sealed record ModuleContent(
    string Title,
    int Minutes,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<DiscussionPrompt> DiscussionPrompts,
    IReadOnlyList<ReflectionPrompt> ReflectionPrompts,
    IReadOnlyList<ReadingItem> FurtherReading,
    string BodyMarkdown,
    string BodyHtml,
    IReadOnlyList<TocEntry> Headings,
    int WordCount);

internal sealed class DiscussionPrompt
{
    public string Title { get; set; } = string.Empty;
    public string Prompt { get; set; } = string.Empty;
}

internal sealed class ReflectionPrompt
{
    public string Slug { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string Prompt { get; set; } = string.Empty;
    public List<RubricCriterion> Rubric { get; set; } = [];
}

internal sealed class RubricCriterion
{
    public string Criterion { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public List<RubricLevel> Levels { get; set; } = [];
}

internal sealed class RubricLevel
{
    public string Name { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public int Points { get; set; }
}

internal sealed class ReadingItem
{
    public string Title { get; set; } = string.Empty;
    public string Author { get; set; } = string.Empty;
    public string? Url { get; set; }
    public string Note { get; set; } = string.Empty;
}

internal sealed class TocEntry
{
    public int Level { get; set; }
    public string Id { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
}
