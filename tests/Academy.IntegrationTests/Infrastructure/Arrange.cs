using Academy.Cohorts.Demo;
using Academy.Courses.Content;
using Academy.Contracts.Cohorts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>Arranges people and cohorts through the app's own code: accounts by signing up, cohorts by the cohort seeder.</summary>
public static class Arrange
{
    public const string Course = "social-media-for-leaders";

    /// <summary>Signs up a new learner through the sign-up form; returns a client signed in as them and their user id.</summary>
    public static async Task<(AcademyClient Client, string UserId)> NewLearnerAsync(this AcademyApp app, string name = "New Learner")
    {
        var email = $"learner-{Guid.NewGuid():N}@example.com";
        var client = app.CreateAcademyClient();
        var result = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough passphrase",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, result.Status);
        var userId = await app.WithDbAsync(db => db.Users.Where(user => user.Email == email).Select(user => user.Id).SingleAsync());
        return (client, userId);
    }

    /// <summary>A new cohort of a course starting on the given day, with these members.</summary>
    public static async Task<string> NewCohortAsync(this AcademyApp app, DateOnly startsOn, string course = Course,
        params (string UserId, CohortRole Role)[] members)
    {
        var slug = $"cohort-{Guid.NewGuid():N}"[..20];
        await app.WithScopeAsync(async services =>
        {
            var ids = members.Select(m => m.UserId).ToList();
            var names = await services.GetRequiredService<Academy.Web.Data.AcademyDbContext>().Users
                .Where(user => ids.Contains(user.Id)).ToDictionaryAsync(user => user.Id, user => user.DisplayName);
            await services.GetRequiredService<IDemoCohortSeeder>().SeedAsync(slug, $"Cohort {slug}", course, startsOn,
                members.Select(m => new DemoMember(m.UserId, names[m.UserId], m.Role, "", "", "", "")).ToList(), CancellationToken.None);
            return 0;
        });
        return slug;
    }

    /// <summary>Adds someone to an existing cohort (the seeder enrols idempotently).</summary>
    public static Task NewCohortMembershipAsync(this AcademyApp app, string cohortSlug, string userId, CohortRole role) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Academy.Web.Data.AcademyDbContext>();
            var cohort = await db.Cohorts.SingleAsync(c => c.Slug == cohortSlug);
            var name = await db.Users.Where(user => user.Id == userId).Select(user => user.DisplayName).SingleAsync();
            await services.GetRequiredService<IDemoCohortSeeder>().SeedAsync(cohortSlug, cohort.Name, cohort.CourseSlug, cohort.StartsOn,
                [new DemoMember(userId, name, role, "", "", "", "")], CancellationToken.None);
            return 0;
        });

    /// <summary>Today on the calendar of the cohorts the tests make: they are in the default zone, where a day begins at its midnight.</summary>
    public static DateOnly Today => Academy.Shared.Time.ZonedTime.Today(DateTimeOffset.UtcNow, Academy.Shared.Time.ZonedTime.DefaultZone);

    public static Task<ContentImportReport> ImportContentAsync(this AcademyApp app, string folder) =>
        app.WithScopeAsync(services => services.GetRequiredService<ICourseContentImporter>().ImportAsync(folder, CancellationToken.None));

    /// <summary>A copy of the repository's course under another slug, in a temporary content folder.</summary>
    public static string CopyOfCourseContent(string slug)
    {
        var target = Directory.CreateTempSubdirectory("academy-content-").FullName;
        var course = Path.Combine(target, slug);
        Directory.CreateDirectory(Path.Combine(course, "modules"));
        var source = Path.Combine(RepositoryPaths.Content, Course);
        File.WriteAllText(Path.Combine(course, "course.md"),
            File.ReadAllText(Path.Combine(source, "course.md")).Replace($"slug: {Course}", $"slug: {slug}"));
        foreach (var module in Directory.GetFiles(Path.Combine(source, "modules")))
        {
            File.Copy(module, Path.Combine(course, "modules", Path.GetFileName(module)));
        }

        return target;
    }
}
