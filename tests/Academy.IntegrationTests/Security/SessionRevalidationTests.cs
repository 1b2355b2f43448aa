using System.Net;
using Academy.IntegrationTests.Cohorts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using Academy.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Security;

/// <summary>
/// An open session is checked against its account once the revalidation interval has passed since it was issued (a
/// day in these apps), not on every request: a lock, a role taken away or a password changed elsewhere ends it then.
/// They run in the live sessions' apps, whose clock a test can move (<see cref="SessionClock"/>).
/// </summary>
public abstract class SessionRevalidationTests<TApp>(TApp app) : SessionsTestBase<TApp>(app) where TApp : AcademyApp, ISessionsApp
{
    private static readonly TimeSpan RevalidationInterval = TimeSpan.FromDays(1);

    [Fact]
    public async Task A_session_whose_account_changed_elsewhere_goes_on_until_its_check_is_due_and_then_ends()
    {
        var signedInAt = DateTimeOffset.UtcNow;
        App.Clock.StoppedAt = signedInAt;
        var (client, userId) = await App.NewLearnerAsync("Revalidated Learner");
        await App.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AcademyUser>>();
            return await users.UpdateSecurityStampAsync((await users.FindByIdAsync(userId))!);
        });

        App.Clock.StoppedAt = signedInAt + RevalidationInterval - TimeSpan.FromMinutes(1);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notifications")).Status);

        App.Clock.StoppedAt = signedInAt + RevalidationInterval + TimeSpan.FromMinutes(1);
        var afterTheCheck = await client.GetAsync("/notifications");
        Assert.Equal(HttpStatusCode.Redirect, afterTheCheck.Status);
        Assert.Contains("/Account/Login", afterTheCheck.RedirectedTo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_whose_account_is_unchanged_goes_on_after_its_check()
    {
        var signedInAt = DateTimeOffset.UtcNow;
        App.Clock.StoppedAt = signedInAt;
        var (client, _) = await App.NewLearnerAsync("Unchanged Learner");

        App.Clock.StoppedAt = signedInAt + RevalidationInterval + TimeSpan.FromMinutes(1);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notifications")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notifications")).Status);
    }

    /// <summary>
    /// The sign-in cookie's ticket is kept a minute once read (<see cref="RecentlyReadTickets"/>): a session past its
    /// fourteen days still ends on the next request, though its ticket was read the moment before.
    /// </summary>
    [Fact]
    public async Task A_session_past_its_expiry_ends_though_its_ticket_was_just_read()
    {
        var signedInAt = DateTimeOffset.UtcNow;
        App.Clock.StoppedAt = signedInAt;
        var (client, _) = await App.NewLearnerAsync("Expiring Learner");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/notifications")).Status);

        App.Clock.StoppedAt = signedInAt + TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1);
        var afterExpiry = await client.GetAsync("/notifications");

        Assert.Equal(HttpStatusCode.Redirect, afterExpiry.Status);
        Assert.Contains("/Account/Login", afterExpiry.RedirectedTo, StringComparison.Ordinal);
    }
}

[Collection(SqliteSessionsCollection.Name)]
public sealed class SqliteSessionRevalidationTests(SessionsSqliteApp app) : SessionRevalidationTests<SessionsSqliteApp>(app);

[Collection(PostgresSessionsCollection.Name)]
public sealed class PostgresSessionRevalidationTests(SessionsPostgresApp app) : SessionRevalidationTests<SessionsPostgresApp>(app);
