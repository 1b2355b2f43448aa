using Academy.Reflections.Domain;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Data;

/// <summary>The Reflections module's view of the database: only its own tables.</summary>
internal interface IReflectionsData
{
    DbSet<Reflection> Reflections { get; }
    DbSet<ReflectionComment> ReflectionComments { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
