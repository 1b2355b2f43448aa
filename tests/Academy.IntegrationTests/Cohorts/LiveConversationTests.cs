using System.Net;
using Academy.Cohorts.Messages;
using Academy.IntegrationTests.Infrastructure;
using AngleSharp.Html.Parser;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>An open conversation page's event stream: what it missed, then each new message, in the page's own markup, for its reader only.</summary>
public abstract class LiveConversationTests<TApp>(TApp app) : ConversationsTestBase<TApp>(app) where TApp : AcademyApp
{
    [Fact]
    public async Task An_open_conversation_receives_what_it_missed_then_each_new_message_in_the_markup_the_page_shows()
    {
        var (cohort, people) = await LearnersAsync("Live Aino", "Live Mikko");
        var (aino, mikko) = (people[0], people[1]);
        await ConnectAsync(cohort, aino, mikko);
        var path = await WriteToAsync(aino, mikko, "Opening words.");
        await WriteInAsync(mikko, path, "Written before the page opened.");
        await using var stream = LiveConversationStream.Open(aino.Client, path, after: 1);

        var missed = await stream.NextWithAsync("Written before the page opened.", Generously);
        await WriteInAsync(mikko, path, "Written *while* it is open.");
        var live = await stream.NextWithAsync("<em>while</em>", Generously);

        Assert.Equal((2, 3), (missed.Number, live.Number));
        Assert.Equal(("Live Mikko", false), (live.AuthorName, live.IsOwn));
        Assert.Equal(1, stream.Connections); // it came live, not by reconnecting
        var page = await aino.Client.GetAsync(path);
        var shown = page.Document.QuerySelector("#message-3")!.Closest("li")!.OuterHtml;
        var sent = new HtmlParser().ParseDocument($"<ol>{live.Html}</ol>").QuerySelector("li")!.OuterHtml;
        Assert.Equal(shown, sent);

        // Written from Aino's profile, it goes into the same conversation, and arrives the same way.
        Assert.Equal(path, await WriteToAsync(mikko, aino, "From the write page of the profile."));
        Assert.Equal(4, (await stream.NextWithAsync("From the write page of the profile.", Generously)).Number);
    }

    [Fact]
    public async Task A_message_by_someone_the_reader_blocked_never_reaches_their_open_feed_while_the_others_get_it()
    {
        var (cohort, people) = await LearnersAsync("Blocking Aino", "Friendly Mikko", "Blocked Bea");
        var (aino, mikko, bea) = (people[0], people[1], people[2]);
        await ConnectAsync(cohort, aino, mikko);
        await ConnectAsync(cohort, aino, bea);
        await ConnectAsync(cohort, mikko, bea);
        var conversation = await App.SendAsAsync(aino.Id, new StartConversation([mikko.Id, bea.Id], "Three of us", "Hello both."));
        var path = $"/messages/{conversation}";
        await App.SendAsAsync(aino.Id, new BlockPerson(bea.Id, Block: true));
        await using var ainos = LiveConversationStream.Open(aino.Client, path, after: 1);
        await using var mikkos = LiveConversationStream.Open(mikko.Client, path, after: 1);
        await Task.WhenAll(ainos.ConnectedAsync(Generously), mikkos.ConnectedAsync(Generously));

        await WriteInAsync(bea, path, "From someone blocked.");
        await WriteInAsync(mikko, path, "From a friend.");

        Assert.Equal(2, (await mikkos.NextWithAsync("From someone blocked.", Generously)).Number);
        Assert.Equal(3, (await ainos.NextWithAsync("From a friend.", Generously)).Number);
        Assert.DoesNotContain(ainos.Received, message => message.Html.Contains("From someone blocked.", StringComparison.Ordinal));

        // Nor when the page comes back for what it missed.
        await using var again = LiveConversationStream.Open(aino.Client, path, after: 0);
        await again.NextWithAsync("From a friend.", Generously);
        Assert.Equal([1, 3], again.Received.Select(message => message.Number));
    }

    [Fact]
    public async Task What_arrives_on_the_open_page_is_marked_read_by_its_script_with_its_notification_never_past_the_last_message()
    {
        var (cohort, people) = await LearnersAsync("Reading Aino", "Writing Mikko");
        var (aino, mikko) = (people[0], people[1]);
        await ConnectAsync(cohort, aino, mikko);
        var path = await WriteToAsync(aino, mikko, "Hello.");
        var page = await aino.Client.GetAsync(path);
        Assert.Equal($"{path}/events", page.Document.QuerySelector("ol.messages")!.GetAttribute("data-live-events"));
        Assert.Equal("1", page.Document.QuerySelector("ol.messages")!.GetAttribute("data-last-number"));
        await using var stream = LiveConversationStream.Open(aino.Client, path, after: 1);
        await stream.ConnectedAsync(Generously);

        await WriteInAsync(mikko, path, "Are you there?");
        await WriteInAsync(mikko, path, "Hello?");
        await stream.NextWithAsync("Hello?", Generously);
        Assert.Equal(2, await UnreadMessagesAsync(aino));
        Assert.All(await NoticesOfAsync(aino), notice => Assert.False(notice.Read));

        using var read = await PostForScriptAsync(aino, page, $"{path}/read", ("upTo", "2"));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(1, await UnreadMessagesAsync(aino));
        using var beyond = await PostForScriptAsync(aino, page, $"{path}/read", ("upTo", "99"));
        Assert.Equal(0, await UnreadMessagesAsync(aino));
        Assert.All(await NoticesOfAsync(aino), notice => Assert.True(notice.Read));
        await WriteInAsync(mikko, path, "One more.");
        Assert.Equal(1, await UnreadMessagesAsync(aino)); // the mark stopped at the last message there was

        var (_, outsiders) = await LearnersAsync("Outside Otto");
        var outsidersPage = await outsiders[0].Client.GetAsync("/Account/Login"); // a page with a form token of their own
        using var forged = await PostForScriptAsync(outsiders[0], outsidersPage, $"{path}/read", ("upTo", "4"));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task An_earlier_page_of_a_conversation_does_not_listen_for_new_messages()
    {
        var (cohort, people) = await LearnersAsync("Paging Aino", "Paging Mikko");
        var (aino, mikko) = (people[0], people[1]);
        await ConnectAsync(cohort, aino, mikko);
        var path = await WriteToAsync(aino, mikko, "First.");
        await WriteInAsync(mikko, path, "Second.");

        var earlier = await aino.Client.GetAsync($"{path}?before=2");

        Assert.Null(earlier.Document.QuerySelector("ol.messages")!.GetAttribute("data-live-events"));
        Assert.Contains("First.", earlier.Text("ol.messages"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteLiveConversationTests(SqliteApp app) : LiveConversationTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLiveConversationTests(PostgresApp app) : LiveConversationTests<PostgresApp>(app);
