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
