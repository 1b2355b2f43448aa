using System.Net;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>Connections and introductions between members, with the course's manners built in.</summary>
public abstract class ConnectionTests<TApp>(TApp app) where TApp : AcademyApp
{
    private sealed record Member(AcademyClient Client, string Id, string Name);

    private async Task<(string Cohort, Member[] Members)> CohortOfAsync(params string[] names)
    {
        var members = new List<Member>();
        foreach (var name in names)
        {
            var (client, id) = await app.NewLearnerAsync(name);
            members.Add(new Member(client, id, name));
        }

        var cohort = await app.NewCohortAsync(Arrange.Today, members: members.Select(m => (m.Id, CohortRole.Learner)).ToArray());
        return (cohort, members.ToArray());
    }

    private static Task<Page> AskAsync(string cohort, Member from, Member to, string note) =>
        from.Client.SubmitAsync($"/cohorts/{cohort}/people/{to.Id}", "connect", new Dictionary<string, string> { ["Connect.Note"] = note });

    private static async Task AnswerFirstAsync(Member member, string action)
    {
        var page = await member.Client.GetAsync("/connections");
        var form = page.Document.QuerySelector($"form input[name=_handler][value^='{action}-']")!.GetAttribute("value")!;
        await member.Client.SubmitAsync(page, form, new Dictionary<string, string>());
    }

    [Fact]
    public async Task A_request_needs_a_note_shows_who_we_both_know_and_is_accepted_or_withdrawn()
    {
        var (cohort, people) = await CohortOfAsync("Asker", "Answerer", "Common Friend", "Changed Mind");
        var (asker, answerer, friend, changed) = (people[0], people[1], people[2], people[3]);
        await AskAsync(cohort, asker, friend, "We sat together on day one.");
        await AnswerFirstAsync(friend, "accept");
        await AskAsync(cohort, answerer, friend, "Same table at the dinner.");
        await AnswerFirstAsync(friend, "accept");

        var noNote = await AskAsync(cohort, asker, answerer, "  ");
        Assert.Contains("Add a short note", noNote.FieldError("connect-note"));
        var before = await asker.Client.GetAsync($"/cohorts/{cohort}/people/{answerer.Id}");
        var fields = new Dictionary<string, string> { ["Connect.Note"] = "Your radar post made me think." };
        Assert.Equal(HttpStatusCode.Redirect, (await asker.Client.SubmitAsync(before, "connect", fields)).Status);
        var doubleClick = await asker.Client.SubmitAsync(before, "connect", fields);
        Assert.Contains("already asked", doubleClick.FieldError("connect-note"));
        var duplicate = await Assert.ThrowsAsync<Academy.Shared.Errors.RuleViolation>(() =>
            app.SendAsAsync(asker.Id, new Academy.Cohorts.Connections.AskToConnect(cohort, answerer.Id, "Again?")));
        Assert.Contains("already asked", duplicate.Messages.Single().Text);
        var self = await Assert.ThrowsAsync<Academy.Shared.Errors.RuleViolation>(() =>
            app.SendAsAsync(asker.Id, new Academy.Cohorts.Connections.AskToConnect(cohort, asker.Id, "Me?")));
        Assert.Equal("That is you.", self.Messages.Single().Text);

        // Only the receiver can answer, only the sender withdraw: for anyone else the request does not exist.
        var requestId = await app.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == asker.Id && r.ToUserId == answerer.Id).Select(r => r.Id).SingleAsync());
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() => app.SendAsAsync(friend.Id, new Academy.Cohorts.Connections.AnswerRequestToConnect(requestId, true)));
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() => app.SendAsAsync(asker.Id, new Academy.Cohorts.Connections.AnswerRequestToConnect(requestId, true)));
        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() => app.SendAsAsync(answerer.Id, new Academy.Cohorts.Connections.WithdrawRequestToConnect(requestId)));

        var incoming = await answerer.Client.GetAsync("/connections");
        Assert.Contains("Your radar post made me think.", incoming.Text(".request-card .note"));
        Assert.Contains("You both know Common Friend", incoming.Text(".request-card .mutual"));
        await AnswerFirstAsync(answerer, "accept");
        Assert.Contains("Answerer", (await asker.Client.GetAsync("/connections")).Text(".connection-list"));
        Assert.Contains("accepted your request", (await asker.Client.GetAsync("/notifications")).Text(".notifications"));
        Assert.Contains("You are connected", (await asker.Client.GetAsync($"/cohorts/{cohort}/people/{answerer.Id}")).Text("#connect-heading ~ p"));

        await AskAsync(cohort, asker, changed, "Second thoughts coming.");
        var withdrawPage = await asker.Client.GetAsync($"/cohorts/{cohort}/people/{changed.Id}");
        await asker.Client.SubmitAsync(withdrawPage, "withdraw", new Dictionary<string, string>());
        Assert.Empty((await changed.Client.GetAsync("/connections")).Document.QuerySelectorAll(".request-card"));
    }

    [Fact]
    public async Task Ignoring_is_never_revealed_and_a_new_request_within_thirty_days_never_arrives_and_twenty_waiting_requests_are_the_limit()
    {
        var (cohort, people) = await CohortOfAsync("Persistent", "Busy Person", "Someone Else");
        var (persistent, busy, someone) = (people[0], people[1], people[2]);
        await AskAsync(cohort, persistent, busy, "Coffee?");
        await AnswerFirstAsync(busy, "ignore");
        var asSender = await persistent.Client.GetAsync($"/cohorts/{cohort}/people/{busy.Id}");
        Assert.Contains("Ask to connect", asSender.Text("button"));

        var again = await AskAsync(cohort, persistent, busy, "Coffee, really?");
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Contains("has not answered yet", (await persistent.Client.GetAsync($"/cohorts/{cohort}/people/{busy.Id}")).Text("#connect-heading ~ p"));
        Assert.Contains("You asked Busy Person", (await persistent.Client.GetAsync("/connections")).Text(".connection-list"));
        Assert.Empty((await busy.Client.GetAsync("/connections")).Document.QuerySelectorAll(".request-card"));
        var notifications = (await busy.Client.GetAsync("/notifications")).Text(".notifications");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(notifications, "would like to connect"));

        // Twenty requests waiting: the twenty-first is refused with the reason.
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 19; i++)
            {
                db.ConnectionRequests.Add(new ConnectionRequest(persistent.Id, $"someone-{Guid.NewGuid():N}", "Hello.", true, DateTimeOffset.UtcNow));
            }

            return await db.SaveChangesAsync();
        });
        var refused = await AskAsync(cohort, persistent, someone, "One more?");
        Assert.Contains("20 requests waiting", refused.FieldError("connect-note"));
        Assert.Equal("One more?", refused.Document.QuerySelector("#connect-note")!.TextContent);
    }

    [Fact]
    public async Task An_introduction_through_someone_both_know_connects_two_strangers_and_grows_the_network()
    {
        var (cohort, people) = await CohortOfAsync("Aino Asker", "Mikko Middle", "Sofia Stranger");
        var (aino, mikko, sofia) = (people[0], people[1], people[2]);
        var (outsider, outsiderId) = await app.NewLearnerAsync("Other Cohort");
        await app.NewCohortAsync(Arrange.Today, members: (outsiderId, CohortRole.Learner));
        await AskAsync(cohort, aino, mikko, "Old colleagues.");
        await AnswerFirstAsync(mikko, "accept");
        // Who Aino and each member both know is kept from her second visit to the directory on; the next connection empties it.
        string? SofiasCard(Page directory) => directory.Document.QuerySelectorAll(".people-grid > li")
            .Single(card => card.QuerySelector(".person-name")!.GetAttribute("href")!.EndsWith(sofia.Id, StringComparison.Ordinal)).QuerySelector(".mutual")?.TextContent;
        await aino.Client.GetAsync($"/cohorts/{cohort}/people");
        await aino.Client.GetAsync($"/cohorts/{cohort}/people");
        var kept = await aino.Client.GetAsync($"/cohorts/{cohort}/people");
        Assert.Equal(2, kept.DbCommands);
        Assert.Null(SofiasCard(kept));
        await AskAsync(cohort, mikko, sofia, "Neighbours.");
        await AnswerFirstAsync(sofia, "accept");
        Assert.Contains("You both know Mikko Middle", SofiasCard(await aino.Client.GetAsync($"/cohorts/{cohort}/people")));
        var before = await aino.Client.GetAsync($"/cohorts/{cohort}/network");
        Assert.Equal("1", before.Text("[data-my-network-size]"));

        var profile = $"/cohorts/{cohort}/people/{sofia.Id}";
        Assert.Contains("You both know Mikko Middle", (await aino.Client.GetAsync(profile)).Text(".mutual"));
        var noNote = await aino.Client.SubmitAsync(profile, "introduction", new Dictionary<string, string> { ["Introduction.IntroducerId"] = mikko.Id });
        Assert.Contains("why you would like to meet", noNote.FieldError("introduction-note"));
        await aino.Client.SubmitAsync(profile, "introduction", new Dictionary<string, string>
        {
            ["Introduction.IntroducerId"] = mikko.Id, ["Introduction.Note"] = "I would love to hear how Sofia hires for digital roles.",
        });

        var toPassOn = await mikko.Client.GetAsync("/connections");
        Assert.Contains("asks you to introduce them to Sofia Stranger", toPassOn.Text("#pass-on-heading ~ .request-card"));
        var forward = toPassOn.Document.QuerySelector("form input[name=_handler][value^='forward-']")!.GetAttribute("value")!;
        var empty = await mikko.Client.SubmitAsync(toPassOn, forward, new Dictionary<string, string> { ["ForwardNote"] = "" });
        Assert.Contains("a few words of your own", empty.Text(".field-error"));
        await mikko.Client.SubmitAsync(toPassOn, forward, new Dictionary<string, string> { ["ForwardNote"] = "Sofia, Aino is great, you should talk." });
        Assert.Contains("passed it on", (await aino.Client.GetAsync("/connections")).Text(".connection-list"));

        var offered = await sofia.Client.GetAsync("/connections");
        Assert.Contains("Introduced by Mikko Middle", offered.Text(".intro-chain"));
        Assert.Contains("Aino is great", offered.Text(".request-card .note"));
        await AnswerFirstAsync(sofia, "accept-introduction");

        var connections = await aino.Client.GetAsync("/connections");
        var lines = System.Text.RegularExpressions.Regex.Replace(connections.Text("#connections-heading ~ .connection-list li"), @"\s+", " ");
        Assert.True(lines.Contains("Sofia Stranger, introduced by Mikko Middle", StringComparison.Ordinal), lines);
        Assert.Equal("2", (await aino.Client.GetAsync($"/cohorts/{cohort}/network")).Text("[data-my-network-size]"));
        Assert.Contains("thanks to your introduction", (await mikko.Client.GetAsync("/notifications")).Text(".notifications"));

        // None of it exists for a member of another cohort.
        foreach (var url in new[] { profile, $"/cohorts/{cohort}/people", $"/cohorts/{cohort}/network", $"/cohorts/{cohort}/network/graph.json" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync(url)).StatusCode);
        }

        await Assert.ThrowsAsync<Academy.Shared.Errors.NotFoundException>(() =>
            app.SendAsAsync(outsiderId, new Academy.Cohorts.Connections.AskToConnect(cohort, aino.Id, "Let me in.")));
    }

    [Fact]
    public async Task A_removed_member_leaves_the_directory_and_the_graph_at_once_and_loses_access()
    {
        var (cohort, people) = await CohortOfAsync("Staying", "Leaving");
        var (staying, leaving) = (people[0], people[1]);
        var (instructor, instructorId) = await app.NewLearnerAsync("Removing Instructor");
        await app.NewCohortMembershipAsync(cohort, instructorId, CohortRole.Instructor);
        await AskAsync(cohort, staying, leaving, "Hi.");
        await AnswerFirstAsync(leaving, "accept");
        Assert.Contains("Leaving", (await staying.Client.GetAsync($"/cohorts/{cohort}/people")).Text(".people-grid"));
        // Their place in the cohort is now kept in memory (EnrolmentMemory), which the removal must empty.
        Assert.Equal(HttpStatusCode.OK, (await leaving.Client.GetAsync($"/cohorts/{cohort}/discussions")).Status);

        var profile = await instructor.GetAsync($"/cohorts/{cohort}/people/{leaving.Id}");
        var unconfirmed = await instructor.SubmitAsync(profile, "remove", new Dictionary<string, string>());
        Assert.Contains("Tick the box", unconfirmed.Text(".field-error"));
        Assert.Empty((await staying.Client.GetAsync($"/cohorts/{cohort}/people/{leaving.Id}")).Document.QuerySelectorAll("input[name=_handler][value=remove]"));
        await instructor.SubmitAsync(profile, "remove", new Dictionary<string, string> { ["ConfirmRemove"] = "true" });

        Assert.DoesNotContain("Leaving", (await staying.Client.GetAsync($"/cohorts/{cohort}/people")).Text(".people-grid"));
        Assert.DoesNotContain(leaving.Id, await staying.Client.Http.GetStringAsync($"/cohorts/{cohort}/network/graph.json"));
        Assert.Equal(HttpStatusCode.NotFound, (await leaving.Client.GetAsync($"/cohorts/{cohort}/people")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await leaving.Client.GetAsync($"/cohorts/{cohort}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await leaving.Client.GetAsync($"/cohorts/{cohort}/discussions")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await staying.Client.GetAsync($"/cohorts/{cohort}/people/{leaving.Id}")).Status);
    }

    [Fact]
    public async Task The_directory_of_500_members_shows_fifty_in_at_most_three_database_commands_and_the_graph_of_5000_connections_two()
    {
        var (viewer, viewerId) = await app.NewLearnerAsync("Counting Viewer");
        var small = await app.NewCohortAsync(Arrange.Today, members: (viewerId, CohortRole.Learner));
        var large = await app.NewCohortAsync(Arrange.Today, members: (viewerId, CohortRole.Learner));
        var ids = Enumerable.Range(0, 499).Select(i => $"member-{large}-{i:000}").ToList();
        await app.WithScopeAsync(async services =>
        {
            var seeder = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Academy.Cohorts.Demo.IDemoCohortSeeder>(services);
            var random = new Random(2026);
            var pairs = new HashSet<(string, string)>();
            while (pairs.Count < 5000)
            {
                var (one, other) = (ids[random.Next(ids.Count)], random.Next(20) == 0 ? viewerId : ids[random.Next(ids.Count)]);
                if (one != other)
                {
                    pairs.Add(Connection.Pair(one, other));
                }
            }

            await seeder.SeedAsync(large, "Large", Arrange.Course, Arrange.Today,
                ids.Select((id, i) => new Academy.Cohorts.Demo.DemoMember(id, $"Member {i:000}", CohortRole.Learner, "Director", "Org", i % 2 == 0 ? "Energy" : "Retail", "Helsinki",
                    ["strategy"], [i % 3 == 0 ? "networks" : "finance"])).ToList(),
                CancellationToken.None, pairs.ToList());
            return 0;
        });

        var smallDirectory = await viewer.GetAsync($"/cohorts/{small}/people");
        var largeDirectory = await viewer.GetAsync($"/cohorts/{large}/people");
        Assert.Equal(50, largeDirectory.Document.QuerySelectorAll(".people-grid > li").Length); // a page; DirectoryPagesTests follows the rest
        Assert.InRange(largeDirectory.DbCommands, 1, 3);
        Assert.Equal(smallDirectory.DbCommands, largeDirectory.DbCommands);
        Assert.NotEmpty(largeDirectory.Document.QuerySelectorAll(".suggestions li"));

        var graph = await viewer.Http.GetAsync($"/cohorts/{large}/network/graph.json");
        Assert.InRange(int.Parse(graph.Headers.GetValues("X-Db-Commands").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 2);
        using var json = System.Text.Json.JsonDocument.Parse(await graph.Content.ReadAsStringAsync());
        Assert.Equal(500, json.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(5000, json.RootElement.GetProperty("edges").GetArrayLength());
        Assert.InRange((await viewer.GetAsync($"/cohorts/{large}/network")).DbCommands, 1, 2);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteConnectionTests(SqliteApp app) : ConnectionTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresConnectionTests(PostgresApp app) : ConnectionTests<PostgresApp>(app);
