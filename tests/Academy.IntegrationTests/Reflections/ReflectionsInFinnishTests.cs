using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Reflections;

/// <summary>A learner whose browser asks for Finnish reads the reflection pages in Finnish; what they wrote is never translated.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ReflectionsInFinnishTests(SqliteApp app)
{
    private static async Task<Page> GetInFinnishAsync(AcademyClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("fi-FI,fi;q=0.9,en;q=0.8");
        return await Page.ReadAsync(await client.Http.SendAsync(request), url);
    }

    [Fact]
    public async Task My_reflections_and_the_editor_speak_finnish_to_a_finnish_browser()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Suomalainen Osallistuja");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (learnerId, CohortRole.Learner));

        var list = await GetInFinnishAsync(learner, $"/cohorts/{cohort}/reflections");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal("fi", list.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Omat reflektiot", list.Heading);
        Assert.Equal("Tehtävä | Määräpäivä | Tila | Pisteet", list.Text("table thead th"));
        Assert.Contains("Ei aloitettu", list.Text("table tbody .badge"));
        Assert.Equal("Lataa portfolioni (zip)", list.Text("a[href$='portfolio.zip']"));

        var editor = await GetInFinnishAsync(learner, $"/cohorts/{cohort}/reflections/my-reasons");
        Assert.Equal("Tehtävänanto", editor.Text("#prompt-heading"));
        Assert.Equal("Kirjoita", editor.Text("#write-heading"));
        Assert.Equal("Reflektiosi", editor.Text("label[for=reflection-body]"));
        Assert.Equal("Kuka sen lukee", editor.Text("#audience-heading"));
        Assert.Equal("{0} sanaa", editor.Document.QuerySelector("form[data-reflection-editor]")!.GetAttribute("data-text-words"));

        var english = await learner.GetAsync($"/cohorts/{cohort}/reflections");
        Assert.Equal("My reflections", english.Heading);
    }
}
