using Academy.Web.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Data;

/// <summary>
/// The one database context: accounts plus every module's tables. The host knows none of the modules' entities: each
/// module's configurations are applied from its assembly, and each module reads and writes its own sets through its
/// data class over this context (<see cref="Academy.Shared.Data.ModuleData"/>). Each provider has a subclass with its
/// own migrations (<see cref="SqliteAcademyDbContext"/>, <see cref="PostgresAcademyDbContext"/>).
/// </summary>
internal abstract class AcademyDbContext(DbContextOptions options) : IdentityDbContext<AcademyUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AcademyUser>().Property(user => user.DisplayName).HasMaxLength(100);
        foreach (var module in ModuleAssemblies.Modules.Where(HasEntityConfigurations))
        {
            builder.ApplyConfigurationsFromAssembly(module);
        }

        // Entities create their own Guid keys (version 7, ordered). Telling EF so makes a new entity added
        // through a navigation an insert, not an update of a row that does not exist.
        foreach (var entity in builder.Model.GetEntityTypes().Where(entity => !entity.IsOwned()))
        {
            var key = entity.FindPrimaryKey();
            if (key is { Properties: [{ ClrType: var type } keyProperty] } && type == typeof(Guid))
            {
                keyProperty.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    private static bool HasEntityConfigurations(System.Reflection.Assembly module) => module.GetTypes().Any(type =>
        type.GetInterfaces().Any(implemented => implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)));
}
