namespace Academy.Reflections.Data;

/// <summary>The Reflections module's view of the database. Its tables (prefixed <c>reflections_</c>) arrive with the module's issue.</summary>
internal interface IReflectionsData
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
