using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Cluster;

/// <summary>
/// The sign-in, sign-up and reset limit counts in Redis: attempts spread over two instances reach it at the same
/// count as on one. (The flood limit on posts counts the author's rows in the database, so it is shared already.)
/// </summary>
public abstract class AccountLimitsAcrossInstancesTests<TCluster>(TCluster cluster) where TCluster : AcademyCluster
{
    [Fact]
    public async Task Sign_in_attempts_alternating_between_two_instances_are_refused_after_the_same_number_as_on_one()
    {
        var clients = new[] { cluster.A.CreateSocketClient(), cluster.B.CreateSocketClient() };
        var signInPages = new[] { await clients[0].GetAsync("/Account/Login"), await clients[1].GetAsync("/Account/Login") };
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < LimitedCluster.PostsPerWindow + 2; attempt++)
        {
            var side = attempt % 2;
            var answer = await clients[side].SubmitAsync(signInPages[side], "sign-in",
                new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com", ["Input.Password"] = "not a passphrase of anyone" });
            answers.Add(answer.Status);
            if (answer.Status == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(answer.Response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
            }
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, LimitedCluster.PostsPerWindow).Concat([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]), answers);
    }
}

/// <summary>A cluster whose account limit is small and whose window outlasts the test.</summary>
public abstract class LimitedCluster(string provider) : AcademyCluster(provider, ThrowawayRedis.SharedAddress, new Dictionary<string, string?>
{
    ["Security:AccountRateLimit:PostsPerWindow"] = PostsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Security:AccountRateLimit:WindowSeconds"] = "3600",
})
{
    public const int PostsPerWindow = 6;
}

public sealed class SqliteLimitedCluster() : LimitedCluster("Sqlite");

public sealed class PostgresLimitedCluster() : LimitedCluster("Postgres");

public sealed class SqliteAccountLimitsAcrossInstancesTests(SqliteLimitedCluster cluster)
    : AccountLimitsAcrossInstancesTests<SqliteLimitedCluster>(cluster), IClassFixture<SqliteLimitedCluster>;

public sealed class PostgresAccountLimitsAcrossInstancesTests(PostgresLimitedCluster cluster)
    : AccountLimitsAcrossInstancesTests<PostgresLimitedCluster>(cluster), IClassFixture<PostgresLimitedCluster>;
