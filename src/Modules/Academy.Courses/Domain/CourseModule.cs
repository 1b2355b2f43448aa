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

    /// <summary>An instructor's unpublished edit, as module-file text; learners never see it.</summary>
    public string? DraftText { get; private set; }

    public DateTimeOffset? DraftSavedAt { get; private set; }
    public string? DraftAuthorName { get; private set; }

    /// <summary>
    /// The hash of the content file this module was last imported from. An unchanged file is skipped at the
    /// next start, so it never overwrites what instructors published in the app since.
    /// </summary>
    public string? ImportedFileHash { get; private set; }

    public void SaveDraft(string fileText, string authorName, DateTimeOffset now)
    {
        DraftText = fileText;
        DraftSavedAt = now;
        DraftAuthorName = authorName;
    }

    /// <summary>When the draft is to be published by itself; null when it waits for an author to publish it.</summary>
    public DateTimeOffset? PublishDraftAt { get; private set; }

    public void SchedulePublication(DateTimeOffset? at) => PublishDraftAt = DraftText is null ? null : at;

    public void DiscardDraft()
    {
        DraftText = null;
        DraftSavedAt = null;
        DraftAuthorName = null;
        PublishDraftAt = null;
    }

    public void Show() => IsHidden = false;

    public void MoveTo(int position) => Position = position;

    /// <summary>Whether the content file with this hash is already in (imported before, whatever was published in the app since).</summary>
    public bool HasImported(string fileHash) =>
        ImportedFileHash == fileHash || (ImportedFileHash is null && Revisions.MaxBy(revision => revision.Number)?.ContentHash == fileHash);

    /// <summary>Remembers the file this module was imported from (and gives a revision made before files were kept its text).</summary>
    public void Imported(string fileHash, string fileText)
    {
        ImportedFileHash = fileHash;
        var latest = Revisions.MaxBy(revision => revision.Number);
        if (latest is not null && latest.ContentHash == fileHash)
        {
            latest.KeepFileText(fileText);
        }
    }

    /// <summary>Takes the module out of the course; its revisions and learners' progress stay.</summary>
    public void Hide() => IsHidden = true;

    /// <summary>Publishes new content as the next revision, unless it is the content already published.</summary>
    public ModuleRevision? PublishRevision(ModuleContent content, string contentHash, string source, DateTimeOffset now, int position,
        string fileText, string authorName)
    {
        Position = position;
        IsHidden = false;
        var latest = Revisions.MaxBy(revision => revision.Number);
        if (latest is not null && latest.ContentHash == contentHash)
        {
            return null;
        }

        var revision = new ModuleRevision(Id, (latest?.Number ?? 0) + 1, content, contentHash, source, now, fileText, authorName);
        Revisions.Add(revision);
        PublishedRevisionNumber = revision.Number;
        return revision;
    }
}
