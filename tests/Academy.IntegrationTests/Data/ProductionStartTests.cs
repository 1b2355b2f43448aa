using System.Net;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Data;

/// <summary>The app as it starts in production: migrated, with roles and the course, and no demo people.</summary>
public sealed class ProductionApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionStartTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Outside_development_the_course_is_imported_but_no_demo_account_or_cohort_is_seeded()
    {
        using var client = app.CreateAcademyClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/courses/social-media-for-leaders")).Status);

        var (users, cohorts, roles) = await app.WithDbAsync(async db =>
            (await db.Users.CountAsync(), await db.Cohorts.CountAsync(), await db.Roles.Select(role => role.Name).ToListAsync()));

        Assert.Equal(0, users);
        Assert.Equal(0, cohorts);
        Assert.Equal(["Admin", "Instructor", "Learner"], roles.Order());
    }
}
