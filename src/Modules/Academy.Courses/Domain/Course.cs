namespace Academy.Courses.Domain;

/// <summary>A course as its authors describe it; its modules carry the content.</summary>
internal sealed class Course
{
    private Course()
    {
    }

    public Course(string slug, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Slug = slug;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = string.Empty;
    public string Title { get; private set; } = string.Empty;
    public string Summary { get; private set; } = string.Empty;
    public string Audience { get; private set; } = string.Empty;
    public int Hours { get; private set; }

    /// <summary>
    /// The language the course's content is written in (a tag such as <c>en</c>, <c>fi</c> or <c>sv</c>), from course.md's
    /// <c>language:</c>: pages put it in the <c>lang</c> of every element that shows the course's words, whatever the reader's language.
    /// </summary>
    public string Language { get; private set; } = Academy.Shared.Localization.AcademyCultures.English;
    public string DescriptionMarkdown { get; private set; } = string.Empty;
    public string DescriptionHtml { get; private set; } = string.Empty;
    public List<CourseCredit> Credits { get; private set; } = [];

    /// <summary>Hash of the source the course was last imported from, so an unchanged file changes nothing.</summary>
    public string ContentHash { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public List<CourseModule> Modules { get; private set; } = [];

    /// <summary>Who created the course in the app (null for courses from content files); they author it.</summary>
    public string? CreatedBy { get; private set; }

    public void CreatedInApp(string userId) => CreatedBy = userId;

    /// <summary>
    /// The visible, published modules in course order with their published titles: a copy kept in step by
    /// <see cref="RefreshOutline"/> whenever modules change, so a module page reads its neighbours, the
    /// course's length and the release order with its own row instead of a query over every module.
    /// </summary>
    public List<OutlineEntry> Outline { get; private set; } = [];

    /// <summary>Rebuilds <see cref="Outline"/> from the modules (their revisions must be loaded); false when it was current.</summary>
    public bool RefreshOutline()
    {
        var outline = Modules
            .Where(module => !module.IsHidden && module.PublishedRevisionNumber > 0)
            .OrderBy(module => module.Position).ThenBy(module => module.Slug, StringComparer.Ordinal)
            .Select(module =>
            {
                var published = module.Revisions.Single(revision => revision.Number == module.PublishedRevisionNumber);
                return new OutlineEntry { ModuleId = module.Id, Slug = module.Slug, Title = published.Title, Minutes = published.Minutes };
            })
            .ToList();
        if (outline.Select(Key).SequenceEqual(Outline.Select(Key)))
        {
            return false;
        }

        Outline = outline;
        return true;

        static (Guid, string, string, int) Key(OutlineEntry entry) => (entry.ModuleId, entry.Slug, entry.Title, entry.Minutes);
    }

    /// <summary>
    /// An author declares the content's language in the app: the course file keeps its words and says the new language, so an
    /// export says it too. The hash of the file last imported stays, so an unchanged content folder does not undo the choice.
    /// </summary>
    public bool ChangeLanguage(string language, string fileText, DateTimeOffset now)
    {
        if (language == Language)
        {
            return false;
        }

        Language = language;
        FileText = fileText;
        UpdatedAt = now;
        return true;
    }

    /// <summary>The course file it was last described by (front matter and body), for exports in the content format.</summary>
    public string FileText { get; private set; } = string.Empty;

    public bool Describe(CourseDescription description, string descriptionHtml, string contentHash, DateTimeOffset now, string fileText)
    {
        if (contentHash == ContentHash)
        {
            FileText = FileText.Length == 0 ? fileText : FileText; // a course described before files were kept
            return false;
        }

        FileText = fileText;

        Title = description.Title;
        Summary = description.Summary;
        Audience = description.Audience;
        Hours = description.Hours;
        Language = description.Language;
        DescriptionMarkdown = description.BodyMarkdown;
        DescriptionHtml = descriptionHtml;
        Credits = description.Credits.ToList();
        ContentHash = contentHash;
        UpdatedAt = now;
        return true;
    }
}

internal sealed record CourseDescription(
    string Title, string Summary, string Audience, int Hours, string Language, string BodyMarkdown, IReadOnlyList<CourseCredit> Credits);

/// <summary>One module as the course outline lists it; its place in the list is its number.</summary>
internal sealed class OutlineEntry
{
    public Guid ModuleId { get; set; }
    public string Slug { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public int Minutes { get; set; }
}

internal sealed class CourseCredit
{
    public string Name { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public string Work { get; set; } = string.Empty;
}
