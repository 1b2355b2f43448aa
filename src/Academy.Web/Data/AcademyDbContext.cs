using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Courses.Data;
using Academy.Courses.Domain;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Reflections.Data;
using Academy.Web.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Data;

/// <summary>
/// The one database context: accounts plus every module's tables. Each module sees only its own sets through
/// its data interface; the configurations live in the modules. Each provider has a subclass with its own
/// migrations (<see cref="SqliteAcademyDbContext"/>, <see cref="PostgresAcademyDbContext"/>).
/// </summary>
internal abstract class AcademyDbContext(DbContextOptions options)
    : IdentityDbContext<AcademyUser>(options), ICoursesData, ICohortsData, IDiscussionsData, IReflectionsData
{
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseModule> CourseModules => Set<CourseModule>();
    public DbSet<ModuleRevision> ModuleRevisions => Set<ModuleRevision>();
    public DbSet<ModuleProgress> ModuleProgress => Set<ModuleProgress>();
    public DbSet<ModuleRelease> ModuleReleases => Set<ModuleRelease>();
    public DbSet<AssignmentDeadline> AssignmentDeadlines => Set<AssignmentDeadline>();
    public DbSet<ModuleImage> ModuleImages => Set<ModuleImage>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortMember> CohortMembers => Set<CohortMember>();
    public DbSet<MemberProfile> MemberProfiles => Set<MemberProfile>();
    public DbSet<MemberNotification> Notifications => Set<MemberNotification>();
    public DbSet<MemberAvatar> MemberAvatars => Set<MemberAvatar>();
    public DbSet<Connection> Connections => Set<Connection>();
    public DbSet<ConnectionRequest> ConnectionRequests => Set<ConnectionRequest>();
    public DbSet<Introduction> Introductions => Set<Introduction>();
    public DbSet<CohortInvitation> Invitations => Set<CohortInvitation>();
    public DbSet<Space> Spaces => Set<Space>();
    public DbSet<DiscussionThread> Threads => Set<DiscussionThread>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<ReadMark> ReadMarks => Set<ReadMark>();
    public DbSet<ModerationEntry> ModerationLog => Set<ModerationEntry>();
    public DbSet<PostFlag> PostFlags => Set<PostFlag>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<PostLike> PostLikes => Set<PostLike>();
    public DbSet<ThreadFollow> ThreadFollows => Set<ThreadFollow>();
    public DbSet<Academy.Reflections.Domain.Reflection> Reflections => Set<Academy.Reflections.Domain.Reflection>();
    public DbSet<Academy.Reflections.Domain.ReflectionComment> ReflectionComments => Set<Academy.Reflections.Domain.ReflectionComment>();

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
