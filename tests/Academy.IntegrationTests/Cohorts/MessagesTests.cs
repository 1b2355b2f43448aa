using AngleSharp.Dom;
using System.Net;
using Academy.Cohorts.Connections;
using Academy.Cohorts.Messages;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>Private conversations between members, with the course's manners: connected people write freely, others ask first.</summary>
public abstract class MessagesTests<TApp>(TApp app) where TApp : AcademyApp
{
    private sealed record Member(AcademyClient Client, string Id, string Name);

    private async Task<(string Cohort, Member[] Members)> CohortOfAsync(params (string Name, CohortRole Role)[] people)
    {
        var members = new List<Member>();
        foreach (var (name, _) in people)
        {
            var (client, id) = await app.NewLearnerAsync(name);
            members.Add(new Member(client, id, name));
        }

        var cohort = await app.NewCohortAsync(Arrange.Today, members: members.Select((m, i) => (m.Id, people[i].Role)).ToArray());
        return (cohort, members.ToArray());
    }

    private Task<(string Cohort, Member[] Members)> LearnersAsync(params string[] names) =>
        CohortOfAsync(names.Select(name => (name, CohortRole.Learner)).ToArray());

    private async Task ConnectAsync(string cohort, Member one, Member other)
    {
        await app.SendAsAsync(one.Id, new AskToConnect(cohort, other.Id, "We met on day one."));
        var requestId = await app.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == one.Id && r.ToUserId == other.Id).Select(r => r.Id).SingleAsync());
        await app.SendAsAsync(other.Id, new AnswerRequestToConnect(requestId, Accept: true));
    }

    private static Task<Page> WriteAsync(Member from, Member to, string body) =>
        from.Client.SubmitAsync($"/messages/new?to={to.Id}", "start-conversation", new Dictionary<string, string> { ["Input.Body"] = body });

    private static async Task<int> UnreadAsync(Member member)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await member.Client.Http.GetStringAsync("/messages/unread-count"));
        return json.RootElement.GetProperty("unread").GetInt32();
    }

    /// <summary>The conversation page as its reader sees it, without the parts that name the reader or the other person.</summary>
    private static async Task<string> SeenByAsync(Member member, string path, params string[] names)
    {
        var main = (await member.Client.GetAsync(path)).Document.QuerySelector("main")!;
        foreach (var time in main.QuerySelectorAll("time").ToList())
        {
            time.Remove(); // written a moment apart: a minute may turn between them
        }

        var text = main.TextContent;
        foreach (var name in names)
        {
            text = text.Replace(name, "NAME", StringComparison.Ordinal);
        }

        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
    }

    [Fact]
    public async Task Connected_members_write_freely_in_one_conversation_of_two_and_see_exact_unread_counts()
    {
        var (cohort, people) = await LearnersAsync("Writer Aino", "Reader Mikko");
        var (aino, mikko) = (people[0], people[1]);
        await ConnectAsync(cohort, aino, mikko);

        var sent = await WriteAsync(aino, mikko, "Could we talk about **radar** habits?");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var path = sent.RedirectedTo!;
        Assert.Equal(0, await UnreadAsync(aino));
        Assert.Equal(1, await UnreadAsync(mikko));
        var inbox = await mikko.Client.GetAsync("/messages");
        Assert.Contains("Writer Aino", inbox.Text(".thread-title"));
        Assert.Contains("1 new", inbox.Text(".badge"));

        var read = await mikko.Client.GetAsync(path);
        Assert.Contains("<strong>radar</strong>", read.Document.QuerySelector("#message-1")!.InnerHtml);
        Assert.Equal(0, await UnreadAsync(mikko));

        Assert.Equal(HttpStatusCode.Redirect, (await mikko.Client.SubmitAsync(path, "message", new Dictionary<string, string> { ["Input.Body"] = "Gladly." })).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await mikko.Client.SubmitAsync(path, "message", new Dictionary<string, string> { ["Input.Body"] = "Tomorrow?" })).Status);
        Assert.Equal(2, await UnreadAsync(aino));

        // Writing again from the profile goes into the same conversation of two.
        var again = await WriteAsync(aino, mikko, "Tomorrow works.");
        Assert.Equal(path, again.RedirectedTo);
        var conversation = await aino.Client.GetAsync(path);
        Assert.Equal(4, conversation.Document.QuerySelectorAll("ol.messages > li").Length);
        Assert.Equal(0, await UnreadAsync(aino));
    }

    [Fact]
    public async Task A_stranger_in_a_shared_cohort_asks_first_saying_why_and_the_receiver_sees_who_both_know_then_accepts()
    {
        var (cohort, people) = await LearnersAsync("Asker Laura", "Receiver Sofia", "Both Know Mikko");
        var (laura, sofia, mikko) = (people[0], people[1], people[2]);
        await ConnectAsync(cohort, laura, mikko);
        await ConnectAsync(cohort, sofia, mikko);

        var form = await laura.Client.GetAsync($"/messages/new?to={sofia.Id}");
        Assert.Contains("message request", form.Text(".notice"));
        var sent = await WriteAsync(laura, sofia, "Mikko said you run a radar group.");
        var path = sent.RedirectedTo!;
        var waiting = await laura.Client.GetAsync(path);
        Assert.Contains("waiting", waiting.Text(".notice"));
        Assert.Null(waiting.Document.QuerySelector("#message-body"));
        var more = await Assert.ThrowsAsync<RuleViolation>(() => app.SendAsAsync(laura.Id, new SendMessage(Guid.Parse(path.Split('/').Last()), "Hello?")));
        Assert.Contains("waiting for their answer", more.Messages.Single().Text);

        Assert.Equal(1, await UnreadAsync(sofia));
        var request = await sofia.Client.GetAsync(path);
        Assert.Contains("You both know Both Know Mikko.", request.Text(".mutual"));
        Assert.Contains("Mikko said you run a radar group.", request.Text("#message-1"));
        Assert.Equal(HttpStatusCode.Redirect, (await sofia.Client.SubmitAsync(request, "accept-message-request", new Dictionary<string, string>())).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await sofia.Client.SubmitAsync(path, "message", new Dictionary<string, string> { ["Input.Body"] = "Welcome!" })).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await laura.Client.SubmitAsync(path, "message", new Dictionary<string, string> { ["Input.Body"] = "Thank you." })).Status);
        Assert.Equal(3, (await laura.Client.GetAsync(path)).Document.QuerySelectorAll("ol.messages > li").Length);
    }

    [Fact]
    public async Task Ignoring_and_blocking_are_never_revealed_a_blocked_or_ignored_sender_sees_exactly_what_a_waiting_sender_sees()
    {
        var (cohort, people) = await LearnersAsync("Sender Paula", "Waiting Wilma", "Ignoring Iida", "Blocking Bea");
        var (paula, wilma, iida, bea) = (people[0], people[1], people[2], people[3]);
        await app.SendAsAsync(bea.Id, new BlockPerson(paula.Id, Block: true));

        var toWilma = (await WriteAsync(paula, wilma, "Hello, I would like to talk about networks.")).RedirectedTo!;
        var toIida = (await WriteAsync(paula, iida, "Hello, I would like to talk about networks.")).RedirectedTo!;
        var toBea = (await WriteAsync(paula, bea, "Hello, I would like to talk about networks.")).RedirectedTo!;
        var iidaRequest = await iida.Client.GetAsync(toIida);
        await iida.Client.SubmitAsync(iidaRequest, "ignore-message-request", new Dictionary<string, string>());

        var seenWaiting = await SeenByAsync(paula, toWilma, wilma.Name);
        Assert.Equal(seenWaiting, await SeenByAsync(paula, toIida, iida.Name));
        Assert.Equal(seenWaiting, await SeenByAsync(paula, toBea, bea.Name));
        var inbox = await paula.Client.GetAsync("/messages");
        Assert.Equal(3, inbox.Document.QuerySelectorAll("#conversations-heading + ul > li").Length);
        Assert.Equal(3, inbox.Text(".meta").Split("Waiting for an answer").Length - 1);

        // Asking again is refused in the same words, whoever it is.
        var again = new[] { (wilma, toWilma), (iida, toIida), (bea, toBea) };
        var refusals = new List<string>();
        foreach (var (receiver, _) in again)
        {
            var refused = await WriteAsync(paula, receiver, "Did you see my message?");
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Equal("Did you see my message?", refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#message-body")!.Value);
            refusals.Add(refused.FieldError("message-body").Replace(receiver.Name, "NAME", StringComparison.Ordinal));
        }

        Assert.Single(refusals.Distinct());

        // The ones who ignored or blocked see nothing of it.
        Assert.Equal(1, await UnreadAsync(wilma));
        Assert.Equal(0, await UnreadAsync(iida));
        Assert.Equal(0, await UnreadAsync(bea));
        Assert.Equal(HttpStatusCode.NotFound, (await iida.Client.GetAsync(toIida)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bea.Client.GetAsync(toBea)).Status);
        Assert.Empty((await bea.Client.GetAsync("/messages")).Document.QuerySelectorAll(".thread-list > li"));
        Assert.Empty((await iida.Client.GetAsync("/messages")).Document.QuerySelectorAll(".thread-list > li"));
        Assert.Contains("Message request", (await wilma.Client.GetAsync("/messages")).Text(".thread-list .badge"));
    }

    [Fact]
    public async Task A_blocked_member_who_was_connected_writes_and_it_looks_sent_but_the_blocker_never_sees_it()
    {
        var (cohort, people) = await LearnersAsync("Friend Anna", "Former Friend Ben");
        var (anna, ben) = (people[0], people[1]);
        await ConnectAsync(cohort, anna, ben);
        var path = (await WriteAsync(ben, anna, "Hi Anna.")).RedirectedTo!;
        Assert.Equal(1, await UnreadAsync(anna));
        var page = await anna.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, (await anna.Client.SubmitAsync(page, $"block-{ben.Id}", new Dictionary<string, string>())).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await ben.Client.SubmitAsync(path, "message", new Dictionary<string, string> { ["Input.Body"] = "Are you there?" })).Status);
        Assert.Equal(2, (await ben.Client.GetAsync(path)).Document.QuerySelectorAll("ol.messages > li").Length);
        Assert.Equal(0, await UnreadAsync(anna));
        Assert.Empty((await anna.Client.GetAsync(path)).Document.QuerySelectorAll("ol.messages > li"));
        var writeBack = await Assert.ThrowsAsync<RuleViolation>(() => app.SendAsAsync(anna.Id, new StartConversation([ben.Id], null, "Hello again")));
        Assert.Contains("You have blocked", writeBack.Messages.Single().Text);
    }

    [Fact]
    public async Task Instructors_and_their_learners_write_freely_groups_hold_at_most_eight_and_include_only_people_one_writes_to_freely()
    {
        var (cohort, people) = await CohortOfAsync(("Teacher Tiina", CohortRole.Instructor), ("Learner Lasse", CohortRole.Learner),
            ("Learner Liisa", CohortRole.Learner), ("Stranger Sami", CohortRole.Learner));
        var (tiina, lasse, liisa, sami) = (people[0], people[1], people[2], people[3]);
        var toLearner = await WriteAsync(tiina, lasse, "How is module 2 going?");
        Assert.Empty((await lasse.Client.GetAsync(toLearner.RedirectedTo!)).Document.QuerySelectorAll(".request-card"));
        var toInstructor = await WriteAsync(liisa, tiina, "A question about the reflection.");
        Assert.Empty((await liisa.Client.GetAsync(toInstructor.RedirectedTo!)).Document.QuerySelectorAll(".notice"));

        await ConnectAsync(cohort, lasse, liisa);
        var groupWithStranger = await Assert.ThrowsAsync<RuleViolation>(() =>
            app.SendAsAsync(lasse.Id, new StartConversation([liisa.Id, sami.Id], "Study group", "Shall we meet?")));
        Assert.Contains("Stranger Sami", groupWithStranger.Messages.Single().Text);
        var group = await app.SendAsAsync(lasse.Id, new StartConversation([liisa.Id, tiina.Id], "Study group", "Shall we meet?"));
        var groupPage = await tiina.Client.GetAsync($"/messages/{group}");
        Assert.Equal("Study group", groupPage.Heading);

        var eight = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            app.SendAsAsync(lasse.Id, new StartConversation(Enumerable.Range(0, 8).Select(i => $"someone-{i}").ToList(), null, "Everyone!")));
        Assert.Contains("at most 8 people", eight.Message);
    }

    [Fact]
    public async Task An_empty_or_too_long_message_is_refused_beside_its_field_and_nothing_typed_is_lost()
    {
        var (cohort, people) = await LearnersAsync("Typist Tom", "Reader Rita");
        var (tom, rita) = (people[0], people[1]);
        await ConnectAsync(cohort, tom, rita);
        var empty = await WriteAsync(tom, rita, "   ");
        Assert.Equal("Write a message first.", empty.FieldError("message-body"));

        var tooLong = new string('a', MessageRules.MaximumBodyLength + 1);
        var refused = await WriteAsync(tom, rita, tooLong);
        Assert.Contains("at most 10,000 characters", refused.FieldError("message-body"));
        Assert.Equal(tooLong, refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#message-body")!.Value);

        var path = (await WriteAsync(tom, rita, "Hello.")).RedirectedTo!;
        var inConversation = await tom.Client.SubmitAsync(path, "message", new Dictionary<string, string> { ["Input.Body"] = tooLong });
        Assert.Contains("at most 10,000 characters", inConversation.FieldError("message-body"));
        Assert.Equal(tooLong, inConversation.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#message-body")!.Value);
    }

    [Fact]
    public async Task An_author_edits_a_message_within_fifteen_minutes_and_deletes_it_and_nobody_else_can()
    {
        var (cohort, people) = await LearnersAsync("Editor Eeva", "Other Olli");
        var (eeva, olli) = (people[0], people[1]);
        await ConnectAsync(cohort, eeva, olli);
        var path = (await WriteAsync(eeva, olli, "First thougt.")).RedirectedTo!;
        var conversationId = Guid.Parse(path.Split('/').Last());
        Assert.Equal(HttpStatusCode.Redirect, (await eeva.Client.SubmitAsync($"{path}/1/edit", "edit-message",
            new Dictionary<string, string> { ["Input.Body"] = "First thought." })).Status);
        Assert.Contains("First thought.", (await olli.Client.GetAsync(path)).Text("#message-1"));
        Assert.Equal(HttpStatusCode.NotFound, (await olli.Client.GetAsync($"{path}/1/edit")).Status);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(olli.Id, new DeleteMessage(conversationId, 1)));

        await app.WithDbAsync(db => db.PrivateMessages.Where(m => m.ConversationId == conversationId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, DateTimeOffset.UtcNow.AddMinutes(-16))));
        var late = await eeva.Client.SubmitAsync($"{path}/1/edit", "edit-message", new Dictionary<string, string> { ["Input.Body"] = "Too late." });
        Assert.Contains("15 minutes", late.FieldError("message-body"));
        Assert.Equal("Too late.", late.InputValue("message-body") ?? late.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#message-body")!.Value);

        await app.SendAsAsync(eeva.Id, new DeleteMessage(conversationId, 1));
        var deleted = await olli.Client.GetAsync(path);
        Assert.Contains("Message deleted.", deleted.Text("#message-1"));
        Assert.DoesNotContain("First thought.", deleted.Document.Body!.TextContent);
    }

    [Fact]
    public async Task Outsiders_another_cohorts_members_and_admins_cannot_read_or_write_a_conversation()
    {
        var (cohort, people) = await LearnersAsync("Inside Ines", "Inside Iris");
        var (ines, iris) = (people[0], people[1]);
        var (_, others) = await LearnersAsync("Outside Otto");
        var otto = others[0];
        await ConnectAsync(cohort, ines, iris);
        var path = (await WriteAsync(ines, iris, "Just between us.")).RedirectedTo!;
        Assert.Equal(HttpStatusCode.NotFound, (await otto.Client.GetAsync(path)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otto.Client.GetAsync($"/messages/new?to={ines.Id}")).Status);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(otto.Id, new StartConversation([ines.Id], null, "Hello stranger")));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(otto.Id, new SendMessage(Guid.Parse(path.Split('/').Last()), "Let me in")));
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(path)).Status);
    }

    [Fact]
    public async Task The_inbox_pages_by_fifty_latest_first_each_conversation_once_with_everyone_else_in_it_and_its_unread_count()
    {
        var (reader, readerId) = await app.NewLearnerAsync("Inbox Ilona");
        var cohort = await app.NewCohortAsync(Arrange.Today, members: (readerId, CohortRole.Learner));
        var start = DateTimeOffset.UtcNow.AddDays(-5);
        var others = Enumerable.Range(0, 53)
            .Select(i => new Academy.Cohorts.Demo.DemoMember($"inbox-{cohort}-{i}", $"Correspondent {i:00}", CohortRole.Learner, "", "", "", ""))
            .ToList();
        await app.WithScopeAsync(async services =>
        {
            var seeder = services.GetRequiredService<Academy.Cohorts.Demo.IDemoCohortSeeder>();
            await seeder.SeedAsync(cohort, "Cohort", Arrange.Course, Arrange.Today, others, CancellationToken.None, joinedAt: start);
            // 51 conversations of two, the i-th written to last at hour i, each even one with a message Ilona has not read; then
            // a group of three, the latest.
            var conversations = Enumerable.Range(0, 51)
                .Select(i => new Academy.Cohorts.Demo.DemoPrivateConversation(null, [readerId, others[i].UserId],
                    [new Academy.Cohorts.Demo.DemoMessage(others[i].UserId, $"Hello {i}", start.AddHours(i))], UnreadBy: i % 2 == 0 ? [readerId] : null))
                .Append(new Academy.Cohorts.Demo.DemoPrivateConversation("Radar circle", [readerId, others[51].UserId, others[52].UserId],
                    [new Academy.Cohorts.Demo.DemoMessage(readerId, "Welcome", start.AddHours(60))]))
                .ToList();
            return await seeder.SeedConversationsAsync(conversations, CancellationToken.None);
        });

        var first = await reader.GetAsync("/messages");
        var rows = first.Document.QuerySelectorAll("#conversations-heading + ul > li");
        Assert.Equal(["Radar circle", .. Enumerable.Range(2, 49).Reverse().Select(i => $"Correspondent {i:00}")],
            rows.Select(row => row.QuerySelector(".thread-title")!.TextContent));
        Assert.Equal(["Correspondent 51", "Correspondent 52"], rows[0].QuerySelector(".meta span[translate=no]")!.TextContent.Split(", ").Order());
        Assert.Equal(Enumerable.Range(2, 49).Reverse().Select(i => i % 2 == 0 ? "1 new" : ""),
            rows.Skip(1).Select(row => row.QuerySelector(".badge")?.TextContent ?? ""));

        var second = await reader.GetAsync(first.Document.QuerySelector("a[href^='/messages?olderThan=']")!.GetAttribute("href")!);
        Assert.Equal(["Correspondent 01", "Correspondent 00"], second.Document.QuerySelectorAll(".thread-title").Select(title => title.TextContent));
        Assert.Null(second.Document.QuerySelector("a[href^='/messages?olderThan=']"));
        Assert.Equal(first.DbCommands, second.DbCommands);
    }

    [Fact]
    public async Task The_conversation_page_costs_the_same_few_commands_at_ten_and_at_five_thousand_messages()
    {
        var (cohort, people) = await LearnersAsync("Chatty Cecilia", "Patient Pekka", "Chatty Carl");
        var (cecilia, pekka, carl) = (people[0], people[1], people[2]);
        await ConnectAsync(cohort, cecilia, pekka);
        await ConnectAsync(cohort, carl, pekka);
        await ConnectAsync(cohort, cecilia, carl);
        var small = Guid.Parse((await WriteAsync(cecilia, pekka, "Message 1")).RedirectedTo!.Split('/').Last());
        var large = Guid.Parse((await WriteAsync(carl, pekka, "Message 1")).RedirectedTo!.Split('/').Last());
        await app.SendAsAsync(cecilia.Id, new StartConversation([pekka.Id, carl.Id], "Spare", "Spare"));
        foreach (var (conversation, count, author) in new[] { (small, 10, cecilia), (large, 5000, carl) })
        {
            await app.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<Academy.Web.Data.AcademyDbContext>();
                var tracked = await db.Set<Academy.Cohorts.Domain.Conversation>().Include(c => c.Members).SingleAsync(c => c.Id == conversation);
                for (var i = 2; i <= count; i++)
                {
                    db.Add(tracked.Write(author.Id, author.Name, $"Message {i}", $"<p>Message {i}</p>", DateTimeOffset.UtcNow));
                }

                await db.SaveChangesAsync();
                return 0;
            });
        }

        var smallPage = await pekka.Client.GetAsync($"/messages/{small}");
        var largePage = await pekka.Client.GetAsync($"/messages/{large}");
        Assert.Equal(10, smallPage.Document.QuerySelectorAll("ol.messages > li").Length);
        Assert.Equal(MessageRules.PageSize, largePage.Document.QuerySelectorAll("ol.messages > li").Length);
        Assert.Contains("Message 5000", largePage.Text("ol.messages > li:last-child"));
        Assert.InRange(largePage.DbCommands, 1, 4);
        Assert.Equal(smallPage.DbCommands, largePage.DbCommands);

        var earlier = await pekka.Client.GetAsync(largePage.Document.QuerySelector("a[href*='before=']")!.GetAttribute("href")!);
        Assert.Contains("Message 4950", earlier.Text("ol.messages > li:last-child"));
        Assert.InRange(earlier.DbCommands, 1, 4);
        Assert.Equal(1, await UnreadAsync(pekka)); // the "Spare" group, not yet opened
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMessagesTests(SqliteApp app) : MessagesTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMessagesTests(PostgresApp app) : MessagesTests<PostgresApp>(app);
