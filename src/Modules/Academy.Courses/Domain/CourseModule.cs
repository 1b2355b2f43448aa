namespace Academy.Courses.Domain;

/// <summary>
/// One module (lesson) of a course. Its content lives in revisions; learners read the published one, so an
/// edit never changes what a learner is reading until it is published.
/// </summary>
internal sealed class CourseModule
{
    private CourseModule()
    {
    }

    public CourseModule(Guid courseId, string slug, int position)
    {
        Id = Guid.CreateVersion7();
        CourseId = courseId;
        Slug = slug;
        Position = position;
    }

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public string Slug { get; private set; } = string.Empty;

    /// <summary>Where the module stands in the course (the content file's <c>order</c>).</summary>
    public int Position { get; private set; }

    public bool IsHidden { get; private set; }

    /// <summary>The revision learners read; 0 while nothing is published.</summary>
    public int PublishedRevisionNumber { get; private set; }

    public List<ModuleRevision> Revisions { get; private set; } = [];

    /// <summary>Takes the module out of the course; its revisions and learners' progress stay.</summary>
    public void Hide() => IsHidden = true;

    /// <summary>Publishes new content as the next revision, unless it is the content already published.</summary>
    public ModuleRevision? PublishRevision(ModuleContent content, string contentHash, string source, DateTimeOffset now, int position)
    {
        Position = position;
        IsHidden = false;
        var latest = Revisions.MaxBy(revision => revision.Number);
        if (latest is not null && latest.ContentHash == contentHash)
        {
            return null;
        }

        var revision = new ModuleRevision(Id, (latest?.Number ?? 0) + 1, content, contentHash, source, now);
        Revisions.Add(revision);
        PublishedRevisionNumber = revision.Number;
        return revision;
    }
}
