using System.Net;
using System.Text.RegularExpressions;
using Academy.Cohorts.Connections;
using Academy.Cohorts.Messages;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// A blocked person cannot write, ask to connect or be introduced to the one who blocked them, and is never told: what they
/// send looks exactly as it would to anyone waiting for an answer, and never reaches the blocker.
/// </summary>
public abstract class BlockingTests<TApp>(TApp app) where TApp : AcademyApp
{
    private sealed record Member(AcademyClient Client, string Id, string Name);

    private async Task<(string Cohort, Member[] Members)> LearnersAsync(params string[] names)
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

    private async Task ConnectAsync(string cohort, Member one, Member other)
    {
        await app.SendAsAsync(one.Id, new AskToConnect(cohort, other.Id, "We met on day one."));
        var requestId = await app.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == one.Id && r.ToUserId == other.Id).Select(r => r.Id).SingleAsync());
        await app.SendAsAsync(other.Id, new AnswerRequestToConnect(requestId, Accept: true));
    }

    /// <summary>The main part of a page with the other person's name (and initials) and the times taken out, spaces folded.</summary>
    private static string Seen(Page page, string name)
    {
        var main = page.Document.QuerySelector("main")!;
        foreach (var element in main.QuerySelectorAll("time, .avatar").ToList())
        {
            element.Remove();
        }

        return Regex.Replace(main.TextContent.Replace(name, "NAME", StringComparison.Ordinal), @"\s+", " ").Trim();
    }

    [Fact]
    public async Task A_blocked_persons_request_to_connect_looks_pending_to_them_exactly_as_any_and_never_reaches_the_blocker()
    {
        var (cohort, people) = await LearnersAsync("Asking Arto", "Blocking Bea", "Waiting Wilma");
        var (arto, bea, wilma) = (people[0], people[1], people[2]);

        // Bea blocks Arto on his profile: she is told, and can take it back there; he is not.
        var profile = await bea.Client.GetAsync($"/cohorts/{cohort}/people/{arto.Id}");
        var blocked = await bea.Client.SubmitAsync(profile, $"block-{arto.Id}", new Dictionary<string, string>());
        Assert.Equal($"/cohorts/{cohort}/people/{arto.Id}", blocked.RedirectedTo);
        var asBlocker = await bea.Client.GetAsync($"/cohorts/{cohort}/people/{arto.Id}");
        Assert.Contains("You have blocked this person", asBlocker.Text("details.confirm summary"));
        Assert.Empty(asBlocker.Document.QuerySelectorAll("input[name=_handler][value=connect]"));
        Assert.Empty(asBlocker.Document.QuerySelectorAll("a[href^='/messages/new']"));
        Assert.Equal(Seen(await arto.Client.GetAsync($"/cohorts/{cohort}/people/{wilma.Id}"), wilma.Name),
            Seen(await arto.Client.GetAsync($"/cohorts/{cohort}/people/{bea.Id}"), bea.Name));

        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(cohort, arto, bea, "We met at the bridges session.")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(cohort, arto, wilma, "We met at the bridges session.")).Status);

        // To Arto both look the same: asked, waiting.
        Assert.Equal(Seen(await arto.Client.GetAsync($"/cohorts/{cohort}/people/{wilma.Id}"), wilma.Name),
            Seen(await arto.Client.GetAsync($"/cohorts/{cohort}/people/{bea.Id}"), bea.Name));
        var artosConnections = await arto.Client.GetAsync("/connections");
        Assert.Contains("You asked Blocking Bea", artosConnections.Text(".connection-list"));
        Assert.Contains("You asked Waiting Wilma", artosConnections.Text(".connection-list"));
        var again = await Assert.ThrowsAsync<RuleViolation>(() => app.SendAsAsync(arto.Id, new AskToConnect(cohort, bea.Id, "Did you see my request?")));
        Assert.Equal("You have already asked Blocking Bea; they have not answered yet.", again.Messages.Single().Text);

        // Bea never sees it, is never notified, and cannot answer it.
        Assert.Single((await wilma.Client.GetAsync("/connections")).Document.QuerySelectorAll(".request-card"));
        Assert.Empty((await bea.Client.GetAsync("/connections")).Document.QuerySelectorAll(".request-card"));
        Assert.DoesNotContain("would like to connect", (await bea.Client.GetAsync("/notifications")).Text("main"));
        var request = await app.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == arto.Id && r.ToUserId == bea.Id)
            .Select(r => new { r.Id, r.ReachesReceiver }).SingleAsync());
        Assert.False(request.ReachesReceiver);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(bea.Id, new AnswerRequestToConnect(request.Id, Accept: true)));

        // Bea, having blocked him, is told so if she asks him herself; unblocking lets her.
        var own = await Assert.ThrowsAsync<RuleViolation>(() => app.SendAsAsync(bea.Id, new AskToConnect(cohort, arto.Id, "Sorry, let us talk.")));
        Assert.Contains("You have blocked Asking Arto", own.Messages.Single().Text);
        var unblock = await bea.Client.SubmitAsync(asBlocker, $"block-{arto.Id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, unblock.Status);
        Assert.Contains("Block this person", (await bea.Client.GetAsync($"/cohorts/{cohort}/people/{arto.Id}")).Text("details.confirm summary"));
    }

    [Fact]
    public async Task A_request_that_reached_someone_before_they_blocked_its_sender_leaves_their_page_and_cannot_be_accepted()
    {
        var (cohort, people) = await LearnersAsync("Early Eino", "Later Blocker Lea");
        var (eino, lea) = (people[0], people[1]);
        await AskAsync(cohort, eino, lea, "Coffee after the session?");
        Assert.Single((await lea.Client.GetAsync("/connections")).Document.QuerySelectorAll(".request-card"));
        Assert.Contains("asked to connect with you", (await lea.Client.GetAsync($"/cohorts/{cohort}/people/{eino.Id}")).Text("#connect-heading ~ p"));

        await app.SendAsAsync(lea.Id, new BlockPerson(eino.Id, Block: true));
        Assert.Empty((await lea.Client.GetAsync("/connections")).Document.QuerySelectorAll(".request-card"));
        Assert.DoesNotContain("asked to connect with you", (await lea.Client.GetAsync($"/cohorts/{cohort}/people/{eino.Id}")).Text("main"));
        var requestId = await app.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == eino.Id).Select(r => r.Id).SingleAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(lea.Id, new AnswerRequestToConnect(requestId, Accept: true)));
        Assert.Contains("has not answered yet", (await eino.Client.GetAsync($"/cohorts/{cohort}/people/{lea.Id}")).Text("#connect-heading ~ p"));
    }

    [Fact]
    public async Task An_introduction_to_someone_who_blocked_the_asker_looks_passed_on_and_is_never_shown_to_them()
    {
        var (cohort, people) = await LearnersAsync("Intro Ilona", "Middle Matti", "Blocking Selma", "Open Olga");
        var (ilona, matti, selma, olga) = (people[0], people[1], people[2], people[3]);
        await ConnectAsync(cohort, ilona, matti);
        await ConnectAsync(cohort, matti, selma);
        await ConnectAsync(cohort, matti, olga);
        await app.SendAsAsync(selma.Id, new BlockPerson(ilona.Id, Block: true));

        foreach (var target in new[] { selma, olga })
        {
            await app.SendAsAsync(ilona.Id, new AskForIntroduction(cohort, matti.Id, target.Id, "I would like to hear how you run your team's channel."));
        }

        var toPassOn = await matti.Client.GetAsync("/connections");
        foreach (var form in toPassOn.Document.QuerySelectorAll("form input[name=_handler][value^='forward-']").Select(input => input.GetAttribute("value")!).ToList())
        {
            await matti.Client.SubmitAsync(await matti.Client.GetAsync("/connections"), form, new Dictionary<string, string> { ["ForwardNote"] = "You two should talk." });
        }

        Assert.Equal(2, Regex.Matches((await ilona.Client.GetAsync("/connections")).Text(".connection-list"), "Middle Matti passed it on").Count);
        Assert.Contains("Introduced by Middle Matti", (await olga.Client.GetAsync("/connections")).Text(".intro-chain"));
        var selmasPage = await selma.Client.GetAsync("/connections");
        Assert.Empty(selmasPage.Document.QuerySelectorAll(".intro-chain"));
        Assert.DoesNotContain("introduces you to", (await selma.Client.GetAsync("/notifications")).Text("main"));
        Assert.Contains("introduces you to", (await olga.Client.GetAsync("/notifications")).Text("main"));
        var toSelma = await app.WithDbAsync(db => db.Introductions.Where(i => i.TargetId == selma.Id).Select(i => i.Id).SingleAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(selma.Id, new AnswerIntroduction(toSelma, Accept: true)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBlockingTests(SqliteApp app) : BlockingTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBlockingTests(PostgresApp app) : BlockingTests<PostgresApp>(app);
