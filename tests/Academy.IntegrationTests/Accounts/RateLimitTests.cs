using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Accounts;

/// <summary>An app whose account forms allow three posts a minute per address, to see the limit bite.</summary>
public sealed class StrictRateLimitApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:AccountRateLimit:PostsPerWindow"] = "3",
        ["Security:AccountRateLimit:WindowSeconds"] = "60",
    };
}

public sealed class RateLimitTests(StrictRateLimitApp app) : IClassFixture<StrictRateLimitApp>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_refused_while_pages_still_load()
    {
        using var client = app.CreateAcademyClient();
        var statuses = new List<HttpStatusCode>();
        var signIn = await client.GetAsync("/Account/Login");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var result = await client.SubmitAsync(signIn, "sign-in",
                new Dictionary<string, string> { ["Input.Email"] = "learner5@academy.test", ["Input.Password"] = "wrong password here" });
            statuses.Add(result.Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SubmitAsync(signIn, "sign-in", new Dictionary<string, string>())).Status);
    }
}

/// <summary>An app that works on two requests at once and lets two wait, to see an overload shed.</summary>
public sealed class TightConcurrencyApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:ConcurrencyLimit:Requests"] = "2",
        ["Security:ConcurrencyLimit:Queue"] = "2",
    };
}

public sealed class LoadSheddingTests(TightConcurrencyApp app) : IClassFixture<TightConcurrencyApp>
{
    [Fact]
    public async Task More_requests_at_once_than_the_app_takes_are_turned_away_with_503_and_retry_after_never_500()
    {
        using var client = app.CreateAcademyClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/courses/social-media-for-leaders")).Status);

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(async _ =>
        {
            using var response = await client.Http.GetAsync("/courses/social-media-for-leaders");
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta);
        }));

        Assert.All(answers, answer => Assert.Contains(answer.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Contains(answers, answer => answer.StatusCode == HttpStatusCode.OK);
        var shed = answers.Where(answer => answer.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(shed);
        Assert.All(shed, answer => Assert.True(answer.RetryAfter >= TimeSpan.FromSeconds(1)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/courses/social-media-for-leaders")).Status);
    }
}
