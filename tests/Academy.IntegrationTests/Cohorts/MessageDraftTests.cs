using System.Net;
using Academy.Cohorts.Messages;
using Academy.IntegrationTests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>The conversation composer keeps what its writer has not sent on the server, as the thread composer does.</summary>
public abstract class MessageDraftTests<TApp>(TApp app) : ConversationsTestBase<TApp>(app) where TApp : AcademyApp
{
    private static string Composed(Page page) => page.Document.QuerySelector<IHtmlTextAreaElement>("#message-body")!.Value;

    private Task<string?> DraftOfAsync(Member member, string path) => App.WithDbAsync(db => db.ConversationMembers
        .Where(m => m.ConversationId == IdOf(path) && m.UserId == member.Id).Select(m => m.Draft).SingleAsync());

    [Fact]
    public async Task A_draft_saved_while_typing_comes_back_in_its_writers_composer_only_and_is_gone_once_the_message_is_sent()
    {
        var (cohort, people) = await LearnersAsync("Drafting Aino", "Waiting Mikko");
        var (aino, mikko) = (people[0], people[1]);
        await ConnectAsync(cohort, aino, mikko);
        var path = await WriteToAsync(aino, mikko, "Hello.");
        var page = await aino.Client.GetAsync(path);
        Assert.Equal($"{path}/draft", page.Document.QuerySelector("form[data-message-draft]")!.GetAttribute("data-message-draft"));

        using var saved = await PostForScriptAsync(aino, page, $"{path}/draft", ("body", "Half a thought about **radar**"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("savedAt", await saved.Content.ReadAsStringAsync());
        var restored = await aino.Client.GetAsync(path);
        Assert.Equal("Half a thought about **radar**", Composed(restored));
        Assert.Equal("Your unsent message was restored.", restored.Text("[data-draft-status]"));
        Assert.Equal(string.Empty, Composed(await mikko.Client.GetAsync(path)));

        await WriteInAsync(aino, path, "Half a thought about **radar**, and the rest.");

        Assert.Null(await DraftOfAsync(aino, path));
        var after = await aino.Client.GetAsync(path);
        Assert.Equal(string.Empty, Composed(after));
        Assert.Equal(string.Empty, after.Text("[data-draft-status]"));
    }

    [Fact]
    public async Task An_emptied_draft_is_removed_a_refused_message_keeps_the_typed_text_over_the_draft_and_only_members_save_drafts()
    {
        var (cohort, people) = await LearnersAsync("Typing Tove", "Reading Rasmus");
        var (tove, rasmus) = (people[0], people[1]);
        await ConnectAsync(cohort, tove, rasmus);
        var path = await WriteToAsync(tove, rasmus, "Hello.");
        var page = await tove.Client.GetAsync(path);
        using (await PostForScriptAsync(tove, page, $"{path}/draft", ("body", "Something.")))
        {
        }

        using (var emptied = await PostForScriptAsync(tove, page, $"{path}/draft", ("body", "   ")))
        {
            Assert.Equal(HttpStatusCode.OK, emptied.StatusCode);
        }

        Assert.Null(await DraftOfAsync(tove, path));

        using (await PostForScriptAsync(tove, page, $"{path}/draft", ("body", "The saved draft.")))
        {
        }

        var tooLong = new string('a', MessageRules.MaximumBodyLength + 1);
        var refused = await tove.Client.SubmitAsync(path, "message", new Dictionary<string, string> { ["Input.Body"] = tooLong });
        Assert.Contains("at most 10,000 characters", refused.FieldError("message-body"));
        Assert.Equal(tooLong, Composed(refused));
        Assert.Equal("The saved draft.", await DraftOfAsync(tove, path)); // a refused message discards nothing

        var (_, outsiders) = await LearnersAsync("Outside Olga");
        var outsidersPage = await outsiders[0].Client.GetAsync("/Account/Login");
        using var forged = await PostForScriptAsync(outsiders[0], outsidersPage, $"{path}/draft", ("body", "Let me in."));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMessageDraftTests(SqliteApp app) : MessageDraftTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMessageDraftTests(PostgresApp app) : MessageDraftTests<PostgresApp>(app);
