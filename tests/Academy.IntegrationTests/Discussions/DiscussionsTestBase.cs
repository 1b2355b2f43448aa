using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Discussions;

/// <summary>
/// What the discussion tests share: the app of the collection and the helpers that arrange a cohort, start threads and reply.
/// The feature classes pass their <c>app</c> on and use <see cref="App"/>, so the parameter is captured here only.
/// </summary>
public abstract class DiscussionsTestBase<TApp>(TApp app) where TApp : AcademyApp
{
    protected TApp App => app;

    protected sealed record Cohort(string Slug, AcademyClient First, string FirstId, AcademyClient Second, string SecondId);

    /// <summary>A fresh cohort with two learners, each signed in on their own client.</summary>
    protected async Task<Cohort> CohortOfTwoAsync()
    {
        var (first, firstId) = await app.NewLearnerAsync("Aino Example");
        var (second, secondId) = await app.NewLearnerAsync("Mikko Example");
        var slug = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(firstId, CohortRole.Learner), (secondId, CohortRole.Learner)]);
        return new Cohort(slug, first, firstId, second, secondId);
    }

    protected static async Task<int> StartThreadAsync(AcademyClient client, string cohort, string title, string body, string space = "lounge")
    {
        var result = await client.SubmitAsync($"/cohorts/{cohort}/discussions/new?space={space}", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = body });
        Assert.True(result.Status == HttpStatusCode.Redirect, result.Text("[role=alert], .field-error"));
        return int.Parse(result.RedirectedTo!.Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    protected static Task<Page> ReplyAsync(AcademyClient client, string threadUrl, string body, IDictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Body"] = body };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        return client.SubmitAsync(threadUrl, "reply", fields);
    }
}
