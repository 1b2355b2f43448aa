namespace Academy.Contracts.Sessions;

/// <summary>A live session as a page of another module shows it (the module page, My learning).</summary>
/// <param name="JoinIsOpen">From 15 minutes before the start until the end (not when cancelled): the join link is the page's main action.</param>
public sealed record LiveSessionSummary(
    string CohortSlug, int Number, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string? MeetingUrl, string? Place, string? ModuleSlug, bool IsCancelled, bool JoinIsOpen, bool HasEnded)
{
    public string Path => $"/cohorts/{CohortSlug}/sessions/{Number}";
}
