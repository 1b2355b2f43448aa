using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Academy.Shared.Data;

/// <summary>
/// A module's view of the one database context the host shares among the modules (registered as <see cref="DbContext"/>):
/// the module names its own sets in a subclass, so its entities stay internal to it and the host needs to know none of
/// them. All modules share the context, so one request's writes are one unit of work.
/// </summary>
public abstract class ModuleData(DbContext context)
{
    /// <summary>For SQL only a provider speaks (full-text search).</summary>
    public DatabaseFacade Database => context.Database;

    public virtual Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => context.SaveChangesAsync(cancellationToken);

    /// <summary>Stops tracking an entity whose save failed (a lost race), so the next attempt starts clean.</summary>
    public void Forget(object entity) => context.Entry(entity).State = EntityState.Detached;

    protected DbSet<TEntity> Set<TEntity>() where TEntity : class => context.Set<TEntity>();

    /// <summary>
    /// The shared context, for a hot read the module compiles once (<c>EF.CompileAsyncQuery</c>) over its own entities:
    /// each call then skips EF's lookup of its translated query (the expression tree walked and hashed again on every
    /// call). It reaches no more than <see cref="Set{TEntity}"/> does. The query is written beside the use cases that
    /// run it and compiled by a singleton of the module, not into a static: EF binds a compiled query to the model it
    /// first ran with, and one process may host apps on several providers (the test run does).
    /// </summary>
    protected DbContext Context => context;
}
