namespace Academy.Discussions.Data;

/// <summary>The Discussions module's view of the database. Its tables (prefixed <c>discussions_</c>) arrive with the module's issue.</summary>
internal interface IDiscussionsData
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
