using Academy.Web.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Data;

/// <summary>
/// The one database context: accounts plus every module's tables. The host knows none of the modules' entities: each
/// module's configurations are applied from its assembly, and each module reads and writes its own sets through its
/// data class over this context (<see cref="Academy.Shared.Data.ModuleData"/>). Each provider has a subclass with its
/// own migrations (<see cref="SqliteAcademyDbContext"/>, <see cref="PostgresAcademyDbContext"/>).
/// It also keeps what the instances of a cluster share: the cookie-protection keys, the background jobs' leases and the e-mail outbox.
/// </summary>
internal abstract class AcademyDbContext(DbContextOptions options) : IdentityDbContext<AcademyUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, shared by every instance (<c>host</c> schema on the servers).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Every e-mail, first written here with what caused it, then delivered by the outbox sender (<c>host</c> schema on the servers).</summary>
    public DbSet<Email.OutboxMessage> OutboxMessages => Set<Email.OutboxMessage>();

    /// <summary>Members' own e-mail choices per kind of notification; a kind without a row has its default.</summary>
    public DbSet<Email.EmailPreference> EmailPreferences => Set<Email.EmailPreference>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AcademyUser>().Property(user => user.DisplayName).HasMaxLength(100);
        builder.Entity<AcademyUser>().Property(user => user.Language).HasMaxLength(8);
        builder.Entity<AcademyUser>().Property(user => user.TimeZone).HasMaxLength(64);
        builder.Entity<DataProtectionKey>().ToTable("host_data_protection_keys");
        builder.ApplyConfiguration(new Email.OutboxMessageConfiguration());
        builder.ApplyConfiguration(new Email.EmailPreferenceConfiguration());
        builder.ApplyConfigurationsFromAssembly(typeof(Academy.Shared.Jobs.JobLeases).Assembly); // the jobs' leases
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
