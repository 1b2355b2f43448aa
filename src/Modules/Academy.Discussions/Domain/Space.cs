namespace Academy.Discussions.Domain;

public enum SpaceKind
{
    /// <summary>Open peer discussion.</summary>
    Lounge = 0,

    /// <summary>Instructors start threads, everyone replies, every member follows it.</summary>
    Announcements = 1,

    /// <summary>One per course module; its discussion prompts are pinned starter threads.</summary>
    Module = 2,
}

/// <summary>A place for threads within a cohort's discussions.</summary>
internal sealed class Space
{
    private Space()
    {
    }

    public Space(string cohortSlug, SpaceKind kind, string title, string description, int position, string? moduleSlug = null, string? contentLanguage = null)
    {
        ContentLanguage = contentLanguage;
        Id = Guid.CreateVersion7();
        CohortSlug = cohortSlug;
        Kind = kind;
        Key = kind == SpaceKind.Module ? moduleSlug! : kind.ToString().ToLowerInvariant();
        Title = title;
        Description = description;
        Position = position;
        ModuleSlug = moduleSlug;
    }

    public Guid Id { get; private set; }
    public string CohortSlug { get; private set; } = string.Empty;
    public SpaceKind Kind { get; private set; }

    /// <summary>The space in addresses: "lounge", "announcements" or the module's slug.</summary>
    public string Key { get; private set; } = string.Empty;

    public string? ModuleSlug { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string Description { get; private set; } = string.Empty;
    public int Position { get; private set; }

    /// <summary>The language of the course's words in a module space's title (its module's title); null for spaces titled by us alone.</summary>
    public string? ContentLanguage { get; private set; }

    /// <summary>Who may open a thread here: in Announcements only instructors (and admins).</summary>
    public bool AllowsNewThreadsFrom(bool isModerator) => Kind != SpaceKind.Announcements || isModerator;

    public void Rename(string title, int position, string? contentLanguage)
    {
        Title = title;
        Position = position;
        ContentLanguage = contentLanguage;
    }
}
