using Academy.Courses.Catalogue.ViewModule;
using Academy.Courses.Learning.Progress;
using Academy.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Academy.Courses.Data;

/// <summary>The Courses module's view of the database: only its own tables.</summary>
internal interface ICoursesData
{
    DbSet<Course> Courses { get; }
    DbSet<CourseModule> CourseModules { get; }
    DbSet<ModuleRevision> ModuleRevisions { get; }
    DbSet<ModuleProgress> ModuleProgress { get; }
    DbSet<ModuleRelease> ModuleReleases { get; }
    DbSet<AssignmentDeadline> AssignmentDeadlines { get; }
    DbSet<ModuleImage> ModuleImages { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>A visible module for its reader (<see cref="GetModuleHandler.ModuleForReaderQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<GetModuleHandler.ModuleRow> ModuleForReader(string courseSlug, string moduleSlug, string userId, string? cohortSlug);

    /// <summary>A user's progress rows and their cohorts' own dates (<see cref="ProgressQueries.OwnRowsQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<ProgressQueries.OwnRow> OwnRows(string userId, string[] cohortSlugs);
}
