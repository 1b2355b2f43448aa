namespace Academy.Contracts.Privacy;

/// <summary>
/// A module's part of a person's data rights. Each module registers one: it lists everything it holds about
/// the person (for "download my data") and removes or anonymises it when they delete their account. The
/// host's account pages ask every registered provider, so a module cannot be forgotten.
/// </summary>
public interface IPersonalDataProvider
{
    /// <summary>The heading of this module's part of the download, e.g. "Discussions".</summary>
    string Area { get; }

    /// <summary>What the module holds about the person: named lists of plain records, ready to serialise.</summary>
    Task<IReadOnlyDictionary<string, object>> ExportAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes what is the person's own (drafts, reflections, profile, connections) and keeps what belongs to a
    /// shared conversation (posts, comments) under "Former member", without the person's id.
    /// </summary>
    Task EraseAsync(string userId, CancellationToken cancellationToken);
}

public static class FormerMember
{
    /// <summary>The name shown for what a deleted account wrote in a shared conversation.</summary>
    public const string Name = "Former member";
}
