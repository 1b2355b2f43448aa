using AngleSharp.Dom;
using System.Net;
using Academy.Cohorts.Connections;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Messages;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// A member reports a private message; admins see that message and the two on either side, nothing else of the conversation,
/// and dismiss the report or remove the message. Instructors read no conversation they are not in.
/// </summary>
public abstract class MessageReportsTests<TApp>(TApp app) where TApp : AcademyApp
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

    private async Task ConnectAsync(string cohort, Member one, Member other)
    {
        await app.SendAsAsync(one.Id, new AskToConnect(cohort, other.Id, "We met on day one."));
        var requestId = await app.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == one.Id && r.ToUserId == other.Id).Select(r => r.Id).SingleAsync());
        await app.SendAsAsync(other.Id, new AnswerRequestToConnect(requestId, Accept: true));
    }

    /// <summary>A conversation of two with messages "Message 1" … "Message {count}", the odd ones by <paramref name="first"/>.</summary>
    private async Task<Guid> ConversationAsync(Member first, Member second, int count)
    {
        var conversation = await app.SendAsAsync(first.Id, new StartConversation([second.Id], null, "Message 1"));
        for (var number = 2; number <= count; number++)
        {
            await app.SendAsAsync(number % 2 == 1 ? first.Id : second.Id, new SendMessage(conversation, $"Message {number}"));
        }

        return conversation;
    }

    private async Task<AcademyClient> AdminAsync()
    {
        var admin = app.CreateAcademyClient();
        await admin.SignInAsync("admin@academy.test");
        return admin;
    }

    [Fact]
    public async Task A_member_reports_a_message_and_the_admin_sees_it_with_exactly_the_two_messages_on_either_side_then_removes_it()
    {
        var (cohort, people) = await CohortOfAsync(("Reporter Raija", CohortRole.Learner), ("Pushy Pete", CohortRole.Learner), ("Teacher Tuula", CohortRole.Instructor));
        var (raija, pete, tuula) = (people[0], people[1], people[2]);
        await ConnectAsync(cohort, raija, pete);
        var conversation = await ConversationAsync(raija, pete, 9);
        var path = $"/messages/{conversation}";

        // A report link on each message of others, none on one's own.
        var page = await raija.Client.GetAsync(path);
        Assert.NotNull(page.Document.QuerySelector($"#message-6 a[href='{path}/6/report']"));
        Assert.Null(page.Document.QuerySelector("#message-5 a[href$='/report']"));
        Assert.Equal(HttpStatusCode.NotFound, (await raija.Client.GetAsync($"{path}/5/report")).Status);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(raija.Id, new ReportMessage(conversation, 5, "My own message.")));

        // A reason is needed, and at most 500 characters; what was typed stays.
        var empty = await raija.Client.SubmitAsync($"{path}/6/report", "report-message", new Dictionary<string, string> { ["Input.Reason"] = "  " });
        Assert.Equal("Tell the admins what is wrong with this message.", empty.FieldError("report-reason"));
        var tooLong = new string('r', 501);
        var refused = await raija.Client.SubmitAsync($"{path}/6/report", "report-message", new Dictionary<string, string> { ["Input.Reason"] = tooLong });
        Assert.Equal("Keep the reason to 500 characters.", refused.FieldError("report-reason"));
        Assert.Equal(tooLong, refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#report-reason")!.Value);
        Assert.False(await app.WithDbAsync(db => db.MessageReports.AnyAsync(r => r.ReporterId == raija.Id)));

        var sent = await raija.Client.SubmitAsync($"{path}/6/report", "report-message", new Dictionary<string, string> { ["Input.Reason"] = "He is selling to the cohort." });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Contains("You have reported this message", (await raija.Client.GetAsync(sent.RedirectedTo!)).Text("[role=status]"));
        var again = await Assert.ThrowsAsync<RuleViolation>(() => app.SendAsAsync(raija.Id, new ReportMessage(conversation, 6, "Once more.")));
        Assert.Contains("already reported", again.Messages.Single().Text);
        var reportId = await app.WithDbAsync(db => db.MessageReports.Where(r => r.ReporterId == raija.Id).Select(r => r.Id).SingleAsync());

        // The admin finds it among the open reports and sees messages 4 to 8, nothing before, after or around the conversation.
        var admin = await AdminAsync();
        var reports = await admin.GetAsync("/admin/message-reports");
        Assert.NotNull(reports.Document.QuerySelector($"a[href='/admin/message-reports/{reportId}']"));
        var report = await admin.GetAsync($"/admin/message-reports/{reportId}");
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal(["message-4", "message-5", "message-6", "message-7", "message-8"], report.Document.QuerySelectorAll("ol.messages > li article").Select(a => a.Id));
        Assert.Contains("Message 6", report.Text("li.reported"));
        Assert.Contains("He is selling to the cohort.", report.Text("main"));
        var text = report.Document.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Message 3", text);
        Assert.DoesNotContain("Message 9", text);
        Assert.Empty(report.Document.QuerySelectorAll($"a[href*='{conversation}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(path)).Status);

        // Instructors, the cohort's own and the demo's, get nothing: not the reports, not the conversation.
        var demoInstructor = app.CreateAcademyClient();
        await demoInstructor.SignInAsync("instructor@academy.test");
        foreach (var instructor in new[] { tuula.Client, demoInstructor })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await instructor.GetAsync("/admin/message-reports")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await instructor.GetAsync($"/admin/message-reports/{reportId}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await instructor.GetAsync(path)).Status);
        }

        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(tuula.Id, new GetMessageReport(reportId), Roles.Instructor));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsAsync(tuula.Id, new ResolveMessageReport(reportId, RemoveMessage: true), Roles.Instructor));

        // Removed: its text is gone for both, who see who removed it; the report leaves the open list and says what was done.
        var removed = await admin.SubmitAsync(report, "remove-reported-message", new Dictionary<string, string>());
        Assert.Equal("/admin/message-reports", removed.RedirectedTo);
        foreach (var member in new[] { raija, pete })
        {
            var seen = await member.Client.GetAsync(path);
            Assert.Equal("Message removed by an admin.", seen.Text("#message-6 .post-deleted"));
            Assert.DoesNotContain("Message 6", seen.Document.QuerySelector("main")!.TextContent);
            Assert.Contains("Message 7", seen.Text("#message-7"));
        }

        Assert.Null((await admin.GetAsync("/admin/message-reports")).Document.QuerySelector($"a[href='/admin/message-reports/{reportId}']"));
        var resolved = await admin.GetAsync($"/admin/message-reports/{reportId}");
        Assert.Contains("removed the message", resolved.Text(".notice"));
        Assert.Empty(resolved.Document.QuerySelectorAll("form[method=post] button.danger"));
        Assert.Equal(HttpStatusCode.NotFound, (await raija.Client.GetAsync($"{path}/6/report")).Status);
    }

    [Fact]
    public async Task Two_members_report_one_message_the_admin_sees_both_reasons_and_dismissing_resolves_both_and_keeps_the_message()
    {
        var (cohort, people) = await CohortOfAsync(("Group Greta", CohortRole.Learner), ("Group Gus", CohortRole.Learner), ("Group Gil", CohortRole.Learner));
        var (greta, gus, gil) = (people[0], people[1], people[2]);
        await ConnectAsync(cohort, greta, gus);
        await ConnectAsync(cohort, greta, gil);
        var group = await app.SendAsAsync(greta.Id, new StartConversation([gus.Id, gil.Id], "Circle", "A heated opinion."));
        await app.SendAsAsync(gus.Id, new ReportMessage(group, 1, "Rude."));
        await app.SendAsAsync(gil.Id, new ReportMessage(group, 1, "Off topic."));
        var reportId = await app.WithDbAsync(db => db.MessageReports.Where(r => r.ReporterId == gus.Id).Select(r => r.Id).SingleAsync());

        var admin = await AdminAsync();
        var report = await admin.GetAsync($"/admin/message-reports/{reportId}");
        Assert.Equal(["message-1"], report.Document.QuerySelectorAll("ol.messages > li article").Select(a => a.Id));
        Assert.Contains("Rude.", report.Text("#reasons-heading + ul"));
        Assert.Contains("Off topic.", report.Text("#reasons-heading + ul"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(report, "dismiss-report", new Dictionary<string, string>())).Status);

        var outcomes = await app.WithDbAsync(db => db.MessageReports.Where(r => r.ReporterId == gus.Id || r.ReporterId == gil.Id).Select(r => r.Outcome).ToListAsync());
        Assert.Equal([ReportOutcome.Dismissed, ReportOutcome.Dismissed], outcomes);
        Assert.Contains("A heated opinion.", (await gil.Client.GetAsync($"/messages/{group}")).Text("#message-1"));
        Assert.Contains("dismissed the report", (await admin.GetAsync($"/admin/message-reports/{reportId}")).Text(".notice"));

        // Resolved, the same member may report it again: one open report per reporter and message.
        await app.SendAsAsync(gus.Id, new ReportMessage(group, 1, "Still rude."));
    }

    [Fact]
    public async Task The_open_reports_page_by_page_in_the_order_they_were_made_even_when_two_share_a_moment()
    {
        var (cohort, people) = await CohortOfAsync(("Paging Pia", CohortRole.Learner), ("Paging Paul", CohortRole.Learner));
        var (pia, paul) = (people[0], people[1]);
        await ConnectAsync(cohort, pia, paul);
        var conversation = await ConversationAsync(paul, pia, 1);
        const int count = GetMessageReports.PageSize + 3;

        // Made long ago, so they come before any other test's reports; the 50th and 51st at one moment, across the page break.
        var ids = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Academy.Web.Data.AcademyDbContext>();
            var messageId = await db.Set<PrivateMessage>().Where(m => m.ConversationId == conversation).Select(m => m.Id).SingleAsync();
            var start = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var made = Enumerable.Range(0, count)
                .Select(i => new MessageReport(messageId, $"paging-{i}", "Paging Pia", $"Reason {i}", start.AddMinutes(i == GetMessageReports.PageSize ? i - 1 : i)))
                .ToList();
            db.AddRange(made);
            await db.SaveChangesAsync();
            return made.Select(r => r.Id).ToList();
        });

        var admin = await AdminAsync();
        var first = await admin.GetAsync("/admin/message-reports");
        var firstIds = first.Document.QuerySelectorAll(".thread-title").Select(a => Guid.Parse(a.GetAttribute("href")!.Split('/').Last())).ToList();
        Assert.Equal(GetMessageReports.PageSize, firstIds.Count);
        Assert.Equal(ids.Take(GetMessageReports.PageSize - 1), firstIds.Take(GetMessageReports.PageSize - 1));
        var second = await admin.GetAsync(first.Document.QuerySelector("a[href^='/admin/message-reports?after=']")!.GetAttribute("href")!);
        var secondIds = second.Document.QuerySelectorAll(".thread-title").Select(a => Guid.Parse(a.GetAttribute("href")!.Split('/').Last())).ToList();
        Assert.Equal(ids.Skip(GetMessageReports.PageSize - 1).Order(), firstIds.Skip(GetMessageReports.PageSize - 1).Concat(secondIds.Take(3)).Order());
        Assert.Empty(firstIds.Intersect(secondIds));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMessageReportsTests(SqliteApp app) : MessageReportsTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMessageReportsTests(PostgresApp app) : MessageReportsTests<PostgresApp>(app);
