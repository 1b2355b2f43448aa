using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// The directory lists people in the reader's collation: in Finnish Å, Ä and Ö are letters of their own after Z; in
/// English they sort with A and O. The database orders each page by the collation its provider has for the reader's
/// language (on SQLite, one the host registers from .NET's ICU comparison), so every provider lists them alike.
/// </summary>
public abstract class DirectoryOrderTests<TApp>(TApp app) where TApp : AcademyApp
{
    private static readonly string[] Names = ["Öhman", "Zetterberg", "Äijälä", "Aalto", "Åberg"];

    private async Task<(AcademyClient Viewer, string Cohort)> CohortOfAsync()
    {
        var people = new List<(AcademyClient Client, string Id)>();
        foreach (var name in Names)
        {
            people.Add(await app.NewLearnerAsync(name));
        }

        var cohort = await app.NewCohortAsync(Arrange.Today, members: people.Select(person => (person.Id, CohortRole.Learner)).ToArray());
        return (people[0].Client, cohort);
    }

    private static async Task<Page> DirectoryAsync(AcademyClient viewer, string cohort, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/cohorts/{cohort}/people");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var page = await Page.ReadAsync(await viewer.Http.SendAsync(request), request.RequestUri!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(language, page.Document.DocumentElement.GetAttribute("lang"));
        return page;
    }

    private static IReadOnlyList<string> Listed(Page page) =>
        page.Document.QuerySelectorAll(".people-grid .person-name").Select(name => name.TextContent.Trim()).ToList();

    [Fact]
    public async Task In_finnish_the_directory_puts_a_with_a_ring_a_with_dots_and_o_with_dots_after_z()
    {
        var (viewer, cohort) = await CohortOfAsync();

        var page = await DirectoryAsync(viewer, cohort, "fi");

        Assert.Equal(["Aalto", "Zetterberg", "Åberg", "Äijälä", "Öhman"], Listed(page));
    }

    [Fact]
    public async Task In_english_the_directory_sorts_them_with_a_and_o()
    {
        var (viewer, cohort) = await CohortOfAsync();

        var page = await DirectoryAsync(viewer, cohort, "en");

        Assert.Equal(["Aalto", "Åberg", "Äijälä", "Öhman", "Zetterberg"], Listed(page));
    }

    [Fact]
    public async Task The_directory_reads_everyone_in_the_same_few_commands_however_many_they_are()
    {
        var (viewer, cohort) = await CohortOfAsync();

        var page = await DirectoryAsync(viewer, cohort, "fi");

        Assert.True(page.DbCommands is > 0 and <= 3, $"The directory took {page.DbCommands} database commands.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDirectoryOrderTests(SqliteApp app) : DirectoryOrderTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDirectoryOrderTests(PostgresApp app) : DirectoryOrderTests<PostgresApp>(app);
