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
    public string DescriptionMarkdown { get; private set; } = string.Empty;
    public string DescriptionHtml { get; private set; } = string.Empty;
    public List<CourseCredit> Credits { get; private set; } = [];

    /// <summary>Hash of the source the course was last imported from, so an unchanged file changes nothing.</summary>
    public string ContentHash { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public List<CourseModule> Modules { get; private set; } = [];

    public bool Describe(CourseDescription description, string descriptionHtml, string contentHash, DateTimeOffset now)
    {
        if (contentHash == ContentHash)
        {
            return false;
        }

        Title = description.Title;
        Summary = description.Summary;
        Audience = description.Audience;
        Hours = description.Hours;
        DescriptionMarkdown = description.BodyMarkdown;
        DescriptionHtml = descriptionHtml;
        Credits = description.Credits.ToList();
        ContentHash = contentHash;
        UpdatedAt = now;
        return true;
    }
}

internal sealed record CourseDescription(
    string Title, string Summary, string Audience, int Hours, string BodyMarkdown, IReadOnlyList<CourseCredit> Credits);

internal sealed class CourseCredit
{
    public string Name { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public string Work { get; set; } = string.Empty;
}
