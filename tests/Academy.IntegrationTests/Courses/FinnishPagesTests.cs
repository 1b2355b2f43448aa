using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Courses;

/// <summary>
/// The Courses module's pages speak Finnish to a browser that asks for it: headings, labels and dates are Finnish,
/// and the course's own words stay as written, marked <c>translate="no"</c>.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class FinnishPagesTests(SqliteApp app)
{
    private const string Course = "/courses/social-media-for-leaders";

    private static async Task<Page> GetInFinnishAsync(AcademyClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("fi-FI,fi;q=0.9,en;q=0.8");
        var page = await Page.ReadAsync(await client.Http.SendAsync(request), url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("fi", page.Document.DocumentElement.GetAttribute("lang"));
        return page;
    }

    [Fact]
    public async Task My_learning_the_course_home_and_a_module_show_finnish_headings_around_the_courses_own_words()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Suomalainen Osallistuja");
        await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (learnerId, CohortRole.Learner));

        var home = await GetInFinnishAsync(learner, "/");
        Assert.Equal("Oma oppiminen", home.Heading);
        Assert.Equal("Kaikki kurssit", home.Text("#catalogue-heading"));
        Assert.Contains("Aloita moduuli 1:", home.Text(".learning-card .button"));
        Assert.Contains("Seuraavaksi:", home.Text(".learning-card .meta"));

        var course = await GetInFinnishAsync(learner, Course);
        Assert.Equal("Social Media for Leaders", course.Heading);
        Assert.Equal("no", course.Document.QuerySelector("h1")!.GetAttribute("translate"));
        Assert.Equal("Edistymisesi", course.Text("#progress-heading"));
        Assert.Equal("Moduulit", course.Text("#modules-heading"));
        Assert.Contains("Opiskeluaika", course.Text(".facts"));
        Assert.Contains("Avautuu", course.Text(".module-list .badge.upcoming"));

        var module = await GetInFinnishAsync(learner, Course + "/modules/why-leaders-engage");
        Assert.StartsWith("Moduuli 1/", module.Text(".eyebrow"));
        Assert.Equal("Luitko moduulin loppuun?", module.Text("#completion-heading"));
        Assert.Equal("Merkitse suoritetuksi", module.Text(".completion button"));
        Assert.Equal("no", module.Document.QuerySelector(".reading .prose")!.GetAttribute("translate"));
        Assert.Equal("Seuraava moduuli", module.Document.QuerySelector(".pager a[rel=next]")!.GetAttribute("data-label"));

        var unreleased = await GetInFinnishAsync(learner, Course + "/modules/connecting-the-right-way");
        Assert.StartsWith("Tämä moduuli avautuu", unreleased.Text("#unreleased-heading"));
        Assert.Contains(Arrange.Today.AddDays(7).ToString("dddd d. MMMM yyyy", new System.Globalization.CultureInfo("fi")), unreleased.Text("#unreleased-heading"));
        Assert.Equal("Takaisin kurssille", unreleased.Text(".unreleased .button"));
    }

    [Fact]
    public async Task An_instructors_teach_page_and_course_authoring_page_are_in_finnish()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Suomalainen Kouluttaja");
        await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (instructorId, CohortRole.Instructor));

        var teach = await GetInFinnishAsync(instructor, "/teach");
        Assert.Equal("Opetus", teach.Heading);
        Assert.Equal("Luo kurssi", teach.Text("#create-heading"));
        Assert.Equal("Tuo kurssi", teach.Text("#import-heading"));
        Assert.Equal("Otsikko", teach.Text("label[for=course-title]"));

        var authoring = await GetInFinnishAsync(instructor, "/teach/courses/social-media-for-leaders");
        Assert.Equal("Lisää moduuli", authoring.Text("#new-module-heading"));
        Assert.Equal("Aloita uusi ryhmä", authoring.Text("#new-cohort-heading"));
        Assert.Equal("Moduuli | Julkaistu | Luonnos | Järjestys ja näkyvyys", authoring.Text(".authoring-table thead th"));
    }
}
