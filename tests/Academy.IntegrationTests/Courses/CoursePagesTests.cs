using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Courses;

public abstract class CoursePagesTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string Course = "/courses/social-media-for-leaders";
    private const string FirstModule = Course + "/modules/why-leaders-engage";

    [Fact]
    public async Task The_home_page_shows_the_course_catalogue_to_visitors()
    {
        using var client = app.CreateAcademyClient();

        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Social Media for Leaders", home.Text(".card h3"));
        Assert.Single(home.Document.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task The_course_home_shows_its_overview_modules_and_credits_to_anyone()
    {
        using var client = app.CreateAcademyClient();

        var course = await client.GetAsync(Course);

        Assert.Equal(HttpStatusCode.OK, course.Status);
        Assert.Equal("Social Media for Leaders", course.Heading);
        Assert.Contains("Why leaders should engage personally", course.Text(".module-list"));
        Assert.Contains("Pasi Aaltola", course.Text(".prose"));
        Assert.Empty(course.Document.QuerySelectorAll(".module-list a")); // visitors see titles, not links
    }

    [Theory]
    [InlineData("/courses/no-such-course")]
    [InlineData("/courses/social-media-for-leaders/modules/no-such-module")]
    [InlineData("/no/such/page")]
    public async Task Unknown_addresses_render_the_404_page(string url)
    {
        using var client = app.CreateAcademyClient();
        await client.SignInAsync("learner1@academy.test");

        var page = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
    }

    [Fact]
    public async Task A_visitor_opening_a_module_is_asked_to_sign_in_and_returned_there()
    {
        using var client = app.CreateAcademyClient();

        var page = await client.GetAsync(FirstModule);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(FirstModule), page.RedirectedTo);
    }

    [Fact]
    public async Task A_demo_learner_sees_their_cohort_and_reads_module_one()
    {
        using var client = app.CreateAcademyClient();
        await client.SignInAsync("learner1@academy.test");

        var home = await client.GetAsync("/");
        Assert.Equal("My learning", home.Heading);
        Assert.Contains("Executive MBA 2026", home.Text(".card .eyebrow"));

        var module = await client.GetAsync(FirstModule);
        Assert.Equal(HttpStatusCode.OK, module.Status);
        Assert.Equal("Why leaders should engage personally", module.Heading);
        Assert.True(module.Document.QuerySelectorAll(".prose p").Length > 5);
        Assert.NotEmpty(module.Document.QuerySelectorAll(".toc a[href^='#']"));
        Assert.Contains("My list of reasons", module.Text("#reflect-heading ~ ul h3"));
    }

    [Fact]
    public async Task The_module_page_stays_within_its_database_budget()
    {
        using var client = app.CreateAcademyClient();
        await client.SignInAsync("learner2@academy.test");

        var module = await client.GetAsync(FirstModule);

        // Access check, module with its published revision, the course's module list (previous/next).
        Assert.InRange(module.DbCommands, 1, 3);
    }

    [Fact]
    public async Task A_signed_in_user_outside_the_course_cohorts_reads_the_overview_but_not_the_modules()
    {
        using var client = app.CreateAcademyClient();
        await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Outside Reader",
            ["Input.Email"] = $"outside-{Guid.NewGuid():N}@example.com",
            ["Input.Password"] = "a long enough passphrase",
        });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Course)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(FirstModule)).Status);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/courses/no-such-course")]
    public async Task Every_page_carries_a_content_security_policy_without_inline_script(string url)
    {
        using var client = app.CreateAcademyClient();

        var page = await client.GetAsync(url);

        var policy = string.Join(";", page.Response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", page.Response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src]), [style]"));
    }

    [Fact]
    public async Task Health_answers_when_the_database_does()
    {
        using var client = app.CreateAcademyClient();

        var response = await client.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCoursePagesTests(SqliteApp app) : CoursePagesTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCoursePagesTests(PostgresApp app) : CoursePagesTests<PostgresApp>(app);
