using System.Net;
using System.Text.Json;
using Academy.Cohorts.Connections;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Privacy;
using Academy.Discussions.Composer;
using Academy.Discussions.Reactions;
using Academy.Discussions.Threads.PostReply;
using Academy.Discussions.Threads.StartThread;
using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Domain;
using Academy.Reflections.Gallery;
using Academy.Reflections.Writing;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Accounts;

/// <summary>
/// Data rights, module by module: a learner with something in every module downloads it all (JSON and a
/// readable page), then deletes their account. Each module's part is checked: what was only theirs is gone,
/// what belongs to a conversation stays under "Former member", and nothing of anyone else is touched.
/// </summary>
public abstract class PersonalDataTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_learner_downloads_everything_every_module_holds_and_deleting_the_account_erases_or_anonymises_each_part()
    {
        var (subject, subjectId, email) = await SignedUpAsync("Dana Subject");
        var (peer, peerId, _) = await SignedUpAsync("Pekka Peer");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(subjectId, CohortRole.Learner), (peerId, CohortRole.Learner)]);

        // Something in every module.
        await subject.GetAsync($"/courses/{Arrange.Course}/modules/why-leaders-engage");
        await app.SendAsAsync(subjectId, new Academy.Discussions.Spaces.ViewDiscussions.GetDiscussions(cohort));
        var thread = await app.SendAsAsync(subjectId, new StartThread(cohort, "lounge", "Dana's question", "My opening words."));
        var peerPost = await app.SendAsAsync(peerId, new PostReply(cohort, thread, "Pekka's answer."));
        await app.SendAsAsync(subjectId, new PostReply(cohort, thread, "My last word."));
        await app.SendAsAsync(subjectId, new LikePost(cohort, thread, peerPost, Like: true));
        await app.SendAsAsync(subjectId, new SaveDraft(cohort, "new:lounge", "Draft title", "My unfinished draft."));
        await app.SendAsAsync(subjectId, new SubmitReflection(cohort, "my-reasons", "My private reflection.", Confirmed: true, BasedOnVersion: 0));
        await app.SendAsAsync(subjectId, new ShareReflection(cohort, "my-reasons", ReflectionAudience.Cohort));
        await app.SendAsAsync(peerId, new SubmitReflection(cohort, "my-reasons", "Pekka's reflection.", Confirmed: true, BasedOnVersion: 0));
        await app.SendAsAsync(peerId, new ShareReflection(cohort, "my-reasons", ReflectionAudience.Cohort));
        var reflections = await app.WithDbAsync(db => db.Reflections.Where(r => r.CohortSlug == cohort).ToDictionaryAsync(r => r.UserId, r => r.Id));
        await app.SendAsAsync(peerId, new CommentOnReflection(cohort, "my-reasons", reflections[subjectId], "Pekka's comment on Dana's."));
        await app.SendAsAsync(subjectId, new CommentOnReflection(cohort, "my-reasons", reflections[peerId], "Dana's comment on Pekka's."));
        await subject.SubmitAsync("/profile", "profile", new Dictionary<string, string> { ["Input.Headline"] = "Head of Data Subjects" });
        await app.SendAsAsync(subjectId, new AskToConnect(cohort, peerId, "We sat together in module one."));
        var request = await app.WithDbAsync(db => db.ConnectionRequests.Where(r => r.FromUserId == subjectId).Select(r => r.Id).SingleAsync());
        await app.SendAsAsync(peerId, new AnswerRequestToConnect(request, Accept: true));

        // The download: every area, and the person's own words in each.
        using var download = await subject.Http.GetAsync("/Account/Manage/data.json");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync()).RootElement;
        var areas = json.GetProperty("Areas");
        Assert.Equal(["Account", "Cohorts and network", "Courses", "Discussions", "Reflections"], areas.EnumerateObject().Select(a => a.Name).Order());
        string Area(string name) => areas.GetProperty(name).GetRawText();
        Assert.Contains(email, Area("Account"));
        Assert.Contains("why-leaders-engage", Area("Courses"));
        Assert.Contains("My opening words.", Area("Discussions"));
        Assert.Contains("My last word.", Area("Discussions"));
        Assert.Contains("My unfinished draft.", Area("Discussions"));
        Assert.DoesNotContain("Pekka's answer.", Area("Discussions"));
        Assert.Contains("My private reflection.", Area("Reflections"));
        Assert.Contains("Pekka's comment on Dana's.", Area("Reflections"));
        Assert.Contains("Dana's comment on Pekka's.", Area("Reflections"));
        Assert.DoesNotContain("Pekka's reflection.", Area("Reflections"));
        Assert.Contains("Head of Data Subjects", Area("Cohorts and network"));
        Assert.Contains(peerId, Area("Cohorts and network"));
        Assert.Contains("We sat together in module one.", Area("Cohorts and network"));

        var readable = await subject.GetAsync("/Account/Manage/data");
        Assert.Equal(["Account", "Cohorts and network", "Courses", "Discussions", "Reflections"],
            readable.Document.QuerySelectorAll("section h2").Select(h => h.TextContent).Order());
        Assert.Contains("My private reflection.", readable.Document.Body!.TextContent);
        Assert.DoesNotContain("My private reflection.", await peer.Http.GetStringAsync("/Account/Manage/data.json"));

        // Deleting needs the password and the tick, and keeps what was typed otherwise.
        var wrongPassword = await subject.SubmitAsync("/Account/Manage", "delete-account",
            new Dictionary<string, string> { ["Delete.Password"] = "not my password at all", ["Delete.Confirmed"] = "true" });
        Assert.Equal("That is not your password.", wrongPassword.FieldError("delete-password"));
        var unticked = await subject.SubmitAsync("/Account/Manage", "delete-account", new Dictionary<string, string> { ["Delete.Password"] = Password });
        Assert.Contains("Tick the box", unticked.Text("#delete-confirmed-error"));
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == subjectId)));

        var deleted = await subject.SubmitAsync("/Account/Manage", "delete-account",
            new Dictionary<string, string> { ["Delete.Password"] = Password, ["Delete.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);

        // The account and the session are gone.
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == subjectId)));
        Assert.Equal("/Account/Login", new Uri(new Uri("http://localhost"), (await subject.GetAsync("/Account/Manage")).RedirectedTo!).AbsolutePath);
        using var again = app.CreateAcademyClient();
        var signIn = await again.SubmitAsync("/Account/Login", "sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.OK, signIn.Status);

        // Courses: progress gone.
        Assert.False(await app.WithDbAsync(db => db.ModuleProgress.AnyAsync(p => p.UserId == subjectId)));

        // Discussions: posts kept as "Former member", nothing of theirs alone left, the peer's post untouched.
        var posts = await app.WithDbAsync(db => db.Posts.Where(p => db.Set<Academy.Discussions.Domain.DiscussionThread>().Any(t => t.Id == p.ThreadId && t.CohortSlug == cohort && t.Number == thread))
            .OrderBy(p => p.Sequence).Select(p => new { p.AuthorId, p.AuthorName, p.BodyMarkdown, p.LikeCount }).ToListAsync());
        Assert.Equal(["My opening words.", "Pekka's answer.", "My last word."], posts.Select(p => p.BodyMarkdown));
        Assert.Equal([FormerMember.Name, FormerMember.Name], new[] { posts[0].AuthorName, posts[2].AuthorName });
        Assert.NotEqual(FormerMember.Name, posts[1].AuthorName);
        Assert.Equal(["", peerId, ""], posts.Select(p => p.AuthorId));
        Assert.Equal(0, posts[1].LikeCount);
        var threadRow = await app.WithDbAsync(db => db.Threads.Where(t => t.CohortSlug == cohort && t.Number == thread)
            .Select(t => new { t.AuthorId, t.AuthorName, t.LastPostAuthorName }).SingleAsync());
        Assert.Equal(("", FormerMember.Name, FormerMember.Name), (threadRow.AuthorId, threadRow.AuthorName, threadRow.LastPostAuthorName));
        Assert.False(await app.WithDbAsync(db => db.Drafts.AnyAsync(d => d.UserId == subjectId)));
        Assert.False(await app.WithDbAsync(db => db.PostLikes.AnyAsync(l => l.UserId == subjectId)));
        Assert.False(await app.WithDbAsync(db => db.ThreadFollows.AnyAsync(f => f.UserId == subjectId)));
        Assert.False(await app.WithDbAsync(db => db.ReadMarks.AnyAsync(m => m.UserId == subjectId)));
        Assert.Contains("Former member", (await peer.GetAsync($"/cohorts/{cohort}/discussions/{thread}?after=0")).Document.Body!.TextContent);

        // Reflections: theirs gone with the comments on it; their comment on the peer's kept anonymously.
        Assert.False(await app.WithDbAsync(db => db.Reflections.AnyAsync(r => r.UserId == subjectId)));
        var comments = await app.WithDbAsync(db => db.ReflectionComments.Select(c => new { c.ReflectionId, c.AuthorId, c.AuthorName, c.Markdown }).ToListAsync());
        Assert.DoesNotContain(comments, c => c.Markdown == "Pekka's comment on Dana's.");
        var kept = Assert.Single(comments, c => c.Markdown == "Dana's comment on Pekka's.");
        Assert.Equal((reflections[peerId], "", FormerMember.Name), (kept.ReflectionId, kept.AuthorId, kept.AuthorName));
        Assert.True(await app.WithDbAsync(db => db.Reflections.AnyAsync(r => r.UserId == peerId)));

        // Cohorts: membership, profile, connection, requests and notifications gone; the peer is still a member.
        Assert.False(await app.WithDbAsync(db => db.CohortMembers.AnyAsync(m => m.UserId == subjectId)));
        Assert.False(await app.WithDbAsync(db => db.MemberProfiles.AnyAsync(p => p.UserId == subjectId)));
        Assert.False(await app.WithDbAsync(db => db.Connections.AnyAsync(c => c.FirstUserId == subjectId || c.SecondUserId == subjectId)));
        Assert.False(await app.WithDbAsync(db => db.ConnectionRequests.AnyAsync(r => r.FromUserId == subjectId || r.ToUserId == subjectId)));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == subjectId)));
        Assert.True(await app.WithDbAsync(db => db.CohortMembers.AnyAsync(m => m.UserId == peerId)));
        Assert.Equal(HttpStatusCode.NotFound, (await peer.GetAsync($"/cohorts/{cohort}/people/{subjectId}")).Status);
    }

    private async Task<(AcademyClient Client, string UserId, string Email)> SignedUpAsync(string name)
    {
        var email = $"data-{Guid.NewGuid():N}@example.com";
        var client = app.CreateAcademyClient();
        var result = await client.SubmitAsync("/Account/Register", "register",
            new Dictionary<string, string> { ["Input.DisplayName"] = name, ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (client, id, email);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePersonalDataTests(SqliteApp app) : PersonalDataTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPersonalDataTests(PostgresApp app) : PersonalDataTests<PostgresApp>(app);
