using Academy.Contracts.Access;
using Academy.Courses.Content;
using Academy.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Academy.Web.Startup;

/// <summary>
/// Brings the database to the current schema, makes the roles, imports the course content and, in
/// Development only, seeds the demo cohort. Every step is idempotent, so every start runs them all; instances
/// that share a database take turns (<see cref="StartupLock"/>).
/// </summary>
internal static class AcademyInitializer
{
    public static async Task InitializeAcademyAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AcademyInitializer));

        var db = services.GetRequiredService<AcademyDbContext>();
        await using var oneInstanceAtATime = await StartupLock.AcquireAsync(db.Database, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers and the writer work at once; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        // An account with the configured admin e-mail that already exists (signed up before the setting) becomes admin too.
        if (app.Configuration["Accounts:AdminEmail"] is { Length: > 0 } adminEmail)
        {
            var users = services.GetRequiredService<UserManager<Academy.Web.Identity.AcademyUser>>();
            if (await users.FindByEmailAsync(adminEmail.Trim()) is { } admin && !await users.IsInRoleAsync(admin, Roles.Admin))
            {
                await users.AddToRoleAsync(admin, Roles.Admin);
                logger.LogInformation("Made the account named in Accounts:AdminEmail an admin");
            }
        }

        var contentRoot = Path.GetFullPath(app.Configuration["Content:Path"] ?? "content", app.Environment.ContentRootPath);
        var report = await services.GetRequiredService<ICourseContentImporter>().ImportAsync(contentRoot, cancellationToken);
        logger.LogInformation("Imported content from {ContentRoot}: {Courses} course(s) changed, {Revisions} revision(s) published, {Failed} file(s) failed",
            contentRoot, report.CoursesChanged, report.RevisionsPublished, report.FailedFiles.Count);

        if (app.Environment.IsDevelopment())
        {
            await DemoSeeder.SeedAsync(services, cancellationToken);
        }
    }
}
