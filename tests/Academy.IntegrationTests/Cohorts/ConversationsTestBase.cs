using System.Net;
using Academy.Cohorts.Connections;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>People in a cohort writing to each other, as the tests of live conversations, drafts and message notifications arrange them.</summary>
public abstract class ConversationsTestBase<TApp>(TApp app) where TApp : AcademyApp
{
    protected static readonly TimeSpan Generously = TimeSpan.FromSeconds(20);

    protected TApp App => app;

    protected sealed record Member(AcademyClient Client, string Id, string Name);

    protected async Task<(string Cohort, Member[] Members)> LearnersAsync(params string[] names)
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

    protected async Task ConnectAsync(string cohort, Member one, Member other)
    {
        await app.SendAsAsync(one.Id, new AskToConnect(cohort, other.Id, "We met on day one."));
        var requestId = await app.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == one.Id && r.ToUserId == other.Id).Select(r => r.Id).SingleAsync());
        await app.SendAsAsync(other.Id, new AnswerRequestToConnect(requestId, Accept: true));
    }

    /// <summary>Writes from the profile's "write" page: into the two's conversation, a new one, or a message request. Returns the conversation's path.</summary>
    protected static async Task<string> WriteToAsync(Member from, Member to, string body)
    {
        var sent = await from.Client.SubmitAsync($"/messages/new?to={to.Id}", "start-conversation", new Dictionary<string, string> { ["Input.Body"] = body });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        return sent.RedirectedTo!.Split('#')[0];
    }

    /// <summary>Writes with the conversation page's composer.</summary>
    protected static async Task WriteInAsync(Member from, string path, string body) =>
        Assert.Equal(HttpStatusCode.Redirect, (await from.Client.SubmitAsync(path, "message", new Dictionary<string, string> { ["Input.Body"] = body })).Status);

    protected static Guid IdOf(string path) => Guid.Parse(path.Split('/').Last());

    /// <summary>The member's private-message notifications in the app, oldest first: their line and whether it is read.</summary>
    protected Task<List<(string Text, string Url, bool Read)>> NoticesOfAsync(Member member) => app.WithDbAsync(async db =>
        (await db.Notifications.Where(n => n.UserId == member.Id && n.Kind == NotificationKind.PrivateMessage).OrderBy(n => n.CreatedAt)
            .Select(n => new { n.Text, n.Url, n.ReadAt }).ToListAsync())
        .Select(n => (n.Text, n.Url, n.ReadAt != null)).ToList());

    /// <summary>The subjects of the private-message e-mails put in the outbox for the member, oldest first.</summary>
    protected Task<List<string>> EmailsToAsync(Member member) => app.WithDbAsync(async db =>
        (await db.OutboxMessages.Where(m => m.UserId == member.Id && m.Topic == nameof(NotificationKind.PrivateMessage))
            .Select(m => new { m.Subject, m.CreatedAt }).ToListAsync())
        .OrderBy(m => m.CreatedAt).Select(m => m.Subject).ToList());

    protected static async Task<int> UnreadMessagesAsync(Member member)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await member.Client.Http.GetStringAsync("/messages/unread-count"));
        return json.RootElement.GetProperty("unread").GetInt32();
    }

    /// <summary>Posts a form field set to an address for script, with the form token of a page the member has open.</summary>
    protected static Task<HttpResponseMessage> PostForScriptAsync(Member member, Page page, string address, params (string Name, string Value)[] fields)
    {
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return member.Client.Http.PostAsync(address, new FormUrlEncodedContent(
            fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)).Append(new("__RequestVerificationToken", token))));
    }
}
