using Academy.Cohorts.Messages;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// "A new private message" is one more kind of notification, with its e-mail by the member's choice, and never e-mailed
/// while its reader has the conversation open.
/// </summary>
public abstract class MessageNotificationsTests<TApp>(TApp app) : ConversationsTestBase<TApp>(app) where TApp : AcademyApp
{
    private Task<int> OpenFeedsOfAsync(Member member) => App.WithDbAsync(db => db.ConversationReaders.CountAsync(reader => reader.UserId == member.Id));

    [Fact]
    public async Task A_new_message_notifies_the_other_member_in_the_app_and_by_e_mail_at_once_by_default_and_reading_the_conversation_reads_it()
    {
        var (cohort, people) = await LearnersAsync("Notifying Aino", "Notified Mikko");
        var (aino, mikko) = (people[0], people[1]);
        await ConnectAsync(cohort, aino, mikko);
        var account = await mikko.Client.GetAsync("/Account/Manage");
        Assert.Contains("New private messages and message requests", account.Text("legend"));
        Assert.NotNull(account.Document.QuerySelector("#email-privatemessage-immediately")!.GetAttribute("checked"));

        var path = await WriteToAsync(aino, mikko, "Could we talk about radar habits?");

        Assert.Equal([("Notifying Aino wrote to you", path, false)], await NoticesOfAsync(mikko));
        Assert.Equal(["Notifying Aino wrote to you"], await EmailsToAsync(mikko));
        Assert.Empty(await NoticesOfAsync(aino));
        Assert.Empty(await EmailsToAsync(aino));
        var address = await App.WithDbAsync(db => db.Users.Where(u => u.Id == mikko.Id).Select(u => u.Email!).SingleAsync());
        var mail = Assert.Single(await App.MailAsync(), message => message.To == address && message.Subject == "Notifying Aino wrote to you");
        Assert.Contains("Read the message", mail.Text);
        Assert.Contains($"{AcademyApp.PublicUrl}{path}", mail.Text);
        Assert.Contains("New private messages and message requests", mail.Text); // the footer says which choice sent it

        await mikko.Client.GetAsync(path);

        Assert.All(await NoticesOfAsync(mikko), notice => Assert.True(notice.Read));
    }

    [Fact]
    public async Task No_e_mail_reaches_a_member_while_they_have_the_conversation_open_and_one_does_again_once_they_leave()
    {
        var (cohort, people) = await LearnersAsync("Writing Aino", "Reading Mikko");
        var (aino, mikko) = (people[0], people[1]);
        await ConnectAsync(cohort, aino, mikko);
        var path = await WriteToAsync(aino, mikko, "Are you around?");
        Assert.Single(await EmailsToAsync(mikko));

        await using (var open = LiveConversationStream.Open(mikko.Client, path, after: 1))
        {
            await open.ConnectedAsync(Generously);
            await WriteInAsync(aino, path, "I see you are reading.");
            await open.NextWithAsync("I see you are reading.", Generously);

            Assert.Equal(2, (await NoticesOfAsync(mikko)).Count); // still told in the app
            Assert.Single(await EmailsToAsync(mikko));
        }

        // The feed closed with the page: its row goes (a feed left open by an instance that died would expire instead).
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (await OpenFeedsOfAsync(mikko) > 0 && waiting.Elapsed < Generously)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, await OpenFeedsOfAsync(mikko));
        await WriteInAsync(aino, path, "Gone again?");
        Assert.Equal(2, (await EmailsToAsync(mikko)).Count);
    }

    [Fact]
    public async Task A_member_who_muted_the_conversation_or_blocked_its_author_hears_nothing_of_a_new_message_and_the_others_do()
    {
        var (cohort, people) = await LearnersAsync("Group Aino", "Muting Mikko", "Blocking Bea", "Listening Iida");
        var (aino, mikko, bea, iida) = (people[0], people[1], people[2], people[3]);
        foreach (var other in new[] { mikko, bea, iida })
        {
            await ConnectAsync(cohort, aino, other);
        }

        var conversation = await App.SendAsAsync(aino.Id, new StartConversation([mikko.Id, bea.Id, iida.Id], "Radar circle", "Welcome, all."));
        foreach (var member in new[] { mikko, bea, iida })
        {
            Assert.Single(await NoticesOfAsync(member));
        }

        Assert.Equal(["Group Aino wrote in “Radar circle”"], await EmailsToAsync(iida));
        await App.SendAsAsync(mikko.Id, new MuteConversation(conversation, Mute: true));
        await App.SendAsAsync(bea.Id, new BlockPerson(aino.Id, Block: true));

        await App.SendAsAsync(aino.Id, new SendMessage(conversation, "Second message."));

        Assert.Equal(2, (await NoticesOfAsync(iida)).Count);
        Assert.Equal(2, (await EmailsToAsync(iida)).Count);
        foreach (var silent in new[] { mikko, bea })
        {
            Assert.Single(await NoticesOfAsync(silent));
            Assert.Single(await EmailsToAsync(silent));
        }

        // Someone else's message still reaches the one who blocked Aino.
        await App.SendAsAsync(iida.Id, new SendMessage(conversation, "From Iida."));
        Assert.Equal(["Group Aino wrote in “Radar circle”", "Listening Iida wrote in “Radar circle”"], (await NoticesOfAsync(bea)).Select(notice => notice.Text));
    }

    [Fact]
    public async Task A_message_request_tells_its_receiver_once_as_a_request_and_never_someone_who_blocked_the_sender()
    {
        var (_, people) = await LearnersAsync("Asking Laura", "Asked Sofia", "Blocking Bea");
        var (laura, sofia, bea) = (people[0], people[1], people[2]);
        await App.SendAsAsync(bea.Id, new BlockPerson(laura.Id, Block: true));

        var path = await WriteToAsync(laura, sofia, "Mikko said you run a radar group.");
        await WriteToAsync(laura, bea, "Mikko said you run a radar group.");
        await Assert.ThrowsAsync<Academy.Shared.Errors.RuleViolation>(() => App.SendAsAsync(laura.Id, new SendMessage(IdOf(path), "Hello?")));

        Assert.Equal([("Asking Laura would like to talk with you", path, false)], await NoticesOfAsync(sofia));
        Assert.Equal(["Asking Laura would like to talk with you"], await EmailsToAsync(sofia));
        Assert.Empty(await NoticesOfAsync(bea));
        Assert.Empty(await EmailsToAsync(bea));

        // Once accepted, the conversation's messages notify as any other.
        await App.SendAsAsync(sofia.Id, new AnswerRequestToTalk(IdOf(path), Accept: true));
        await App.SendAsAsync(laura.Id, new SendMessage(IdOf(path), "Thank you for accepting."));
        Assert.Equal(["Asking Laura would like to talk with you", "Asking Laura wrote to you"], (await NoticesOfAsync(sofia)).Select(notice => notice.Text));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMessageNotificationsTests(SqliteApp app) : MessageNotificationsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMessageNotificationsTests(PostgresApp app) : MessageNotificationsTests<PostgresApp>(app);
