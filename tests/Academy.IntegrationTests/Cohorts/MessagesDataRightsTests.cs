using System.Net;
using System.Text.Json;
using Academy.Cohorts.Connections;
using Academy.Cohorts.Messages;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Privacy;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// Private messages and data rights: the download holds the messages the person wrote and nothing others wrote; after the
/// account is deleted its messages stay under "Former member", and the conversation stays for the others.
/// </summary>
public abstract class MessagesDataRightsTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string Password = "a long enough passphrase"; // the one Arrange.NewLearnerAsync signs up with

    private sealed record Member(AcademyClient Client, string Id, string Name);

    private async Task ConnectAsync(string cohort, Member one, Member other)
    {
        await app.SendAsAsync(one.Id, new AskToConnect(cohort, other.Id, "We met on day one."));
        var requestId = await app.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == one.Id && r.ToUserId == other.Id).Select(r => r.Id).SingleAsync());
        await app.SendAsAsync(other.Id, new AnswerRequestToConnect(requestId, Accept: true));
    }

    [Fact]
    public async Task The_download_holds_only_the_persons_own_messages_and_after_deletion_they_show_as_a_former_members_in_conversations_that_stay()
    {
        var members = new List<Member>();
        foreach (var name in new[] { "Leaving Leena", "Staying Sami", "Staying Siiri", "Requested Reijo", "Blocked Bruno" })
        {
            var (client, id) = await app.NewLearnerAsync(name);
            members.Add(new Member(client, id, name));
        }

        var (leena, sami, siiri, reijo, bruno) = (members[0], members[1], members[2], members[3], members[4]);
        var cohort = await app.NewCohortAsync(Arrange.Today, members: members.Select(m => (m.Id, CohortRole.Learner)).ToArray());
        await ConnectAsync(cohort, leena, sami);
        await ConnectAsync(cohort, leena, siiri);
        var pair = await app.SendAsAsync(leena.Id, new StartConversation([sami.Id], null, "Leena's first words."));
        await app.SendAsAsync(sami.Id, new SendMessage(pair, "Sami's answer."));
        await app.SendAsAsync(leena.Id, new SendMessage(pair, "Leena's last words."));
        var group = await app.SendAsAsync(leena.Id, new StartConversation([sami.Id, siiri.Id], "Reading circle", "Leena in the circle."));
        await app.SendAsAsync(siiri.Id, new SendMessage(group, "Siiri in the circle."));
        var request = await app.SendAsAsync(leena.Id, new StartConversation([reijo.Id], null, "Leena asks Reijo."));
        await app.SendAsAsync(leena.Id, new BlockPerson(bruno.Id, Block: true));
        await app.SendAsAsync(siiri.Id, new BlockPerson(leena.Id, Block: true));
        await app.SendAsAsync(leena.Id, new ReportMessage(pair, 2, "Leena's reason."));

        // The download: her messages, with their conversation and time; the blocks she made; her report. Nobody else's words.
        var json = JsonDocument.Parse(await leena.Client.Http.GetStringAsync("/Account/Manage/data.json")).RootElement;
        var area = json.GetProperty("Areas").GetProperty("Cohorts and network");
        var messages = area.GetProperty("Private messages").EnumerateArray().ToList();
        Assert.Equal(["Leena's first words.", "Leena's last words.", "Leena in the circle.", "Leena asks Reijo."], messages.Select(m => m.GetProperty("Text").GetString()));
        Assert.Equal(pair.ToString(), messages[0].GetProperty("Conversation").GetString());
        Assert.Equal("Reading circle", messages[2].GetProperty("ConversationTitle").GetString());
        Assert.True(messages[0].TryGetProperty("SentAt", out _));
        var everything = area.GetRawText();
        Assert.DoesNotContain("Sami's answer.", everything);
        Assert.DoesNotContain("Siiri in the circle.", everything);
        Assert.Equal([bruno.Id], area.GetProperty("People blocked").EnumerateArray().Select(b => b.GetProperty("Blocked").GetString()));
        Assert.DoesNotContain(siiri.Id, area.GetProperty("People blocked").GetRawText()); // who blocked her is never told
        Assert.Contains("Leena's reason.", area.GetProperty("Messages reported").GetRawText());
        Assert.DoesNotContain("Leena's first words.", await sami.Client.Http.GetStringAsync("/Account/Manage/data.json"));

        var deleted = await leena.Client.SubmitAsync("/Account/Manage", "delete-account",
            new Dictionary<string, string> { ["Delete.Password"] = Password, ["Delete.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);

        // The conversation of two stays for Sami: her words under "Former member", his own as they were, nobody left to write to.
        var seen = await sami.Client.GetAsync($"/messages/{pair}");
        Assert.Equal(HttpStatusCode.OK, seen.Status);
        Assert.Equal("Former member", seen.Heading);
        Assert.Equal("Former member", seen.Text("#message-1 .post-author"));
        Assert.Contains("Leena's first words.", seen.Text("#message-1"));
        Assert.Equal("Staying Sami", seen.Text("#message-2 .post-author"));
        Assert.Contains("Leena's last words.", seen.Text("#message-3"));
        Assert.Null(seen.Document.QuerySelector("#message-body"));
        Assert.Contains("Everyone else has left", seen.Text(".notice"));
        var nobody = await Assert.ThrowsAsync<RuleViolation>(() => app.SendAsAsync(sami.Id, new SendMessage(pair, "Hello?")));
        Assert.Contains("Everyone else has left", nobody.Messages.Single().Text);
        Assert.Contains("Former member", (await sami.Client.GetAsync("/messages")).Text(".thread-title"));
        Assert.DoesNotContain("Leaving Leena", (await sami.Client.GetAsync("/messages")).Document.Body!.TextContent);

        // The group goes on without her.
        var circle = await siiri.Client.GetAsync($"/messages/{group}");
        Assert.Equal("Former member", circle.Text("#message-1 .post-author"));
        Assert.Contains("Leena in the circle.", circle.Text("#message-1"));
        Assert.DoesNotContain("Leaving Leena", circle.Document.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await siiri.Client.SubmitAsync(circle, "message", new Dictionary<string, string> { ["Input.Body"] = "Still here." })).Status);

        // Her unanswered request is gone with her; so are her place in conversations and every block by or of her. Her report stays, without her.
        Assert.Equal(HttpStatusCode.NotFound, (await reijo.Client.GetAsync($"/messages/{request}")).Status);
        Assert.DoesNotContain("Message request", (await reijo.Client.GetAsync("/messages")).Text(".thread-list .badge"));
        Assert.False(await app.WithDbAsync(db => db.Conversations.AnyAsync(c => c.Id == request)));
        Assert.False(await app.WithDbAsync(db => db.PrivateMessages.AnyAsync(m => m.AuthorId == leena.Id)));
        Assert.False(await app.WithDbAsync(db => db.ConversationMembers.AnyAsync(m => m.UserId == leena.Id)));
        Assert.False(await app.WithDbAsync(db => db.PersonBlocks.AnyAsync(b => b.BlockerId == leena.Id || b.BlockedId == leena.Id)));
        var report = await app.WithDbAsync(db => db.MessageReports.Where(r => r.Reason == "Leena's reason.").Select(r => new { r.ReporterId, r.ReporterName }).SingleAsync());
        Assert.Equal((null, FormerMember.Name), (report.ReporterId, report.ReporterName));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMessagesDataRightsTests(SqliteApp app) : MessagesDataRightsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMessagesDataRightsTests(PostgresApp app) : MessagesDataRightsTests<PostgresApp>(app);
