using Academy.Courses.Catalogue.ViewModule;
using Academy.Courses.Domain;
using Academy.Courses.Learning.Progress;
using Academy.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Data;

/// <summary>The module's sets in the database context the host shares; the host sees none of them.</summary>
internal sealed class CoursesData(DbContext context, CoursesQueries queries) : ModuleData(context), ICoursesData
{
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseModule> CourseModules => Set<CourseModule>();
    public DbSet<ModuleRevision> ModuleRevisions => Set<ModuleRevision>();
    public DbSet<ModuleProgress> ModuleProgress => Set<ModuleProgress>();
    public DbSet<ModuleRelease> ModuleReleases => Set<ModuleRelease>();
    public DbSet<AssignmentDeadline> AssignmentDeadlines => Set<AssignmentDeadline>();
    public DbSet<ModuleImage> ModuleImages => Set<ModuleImage>();

    public IAsyncEnumerable<GetModuleHandler.ModuleRow> ModuleForReader(string courseSlug, string moduleSlug, string userId, string? cohortSlug) =>
        queries.ModuleForReader(Context, courseSlug, moduleSlug, userId, cohortSlug);

    public IAsyncEnumerable<ProgressQueries.OwnRow> OwnRows(string userId, string[] cohortSlugs) => queries.OwnRows(Context, userId, cohortSlugs);
}
