using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Security;

/// <summary>
/// Password-reset poisoning and its kin: every flow that sends an e-mail or serves a link to take away is driven
/// with a forged Host and a forged X-Forwarded-Host, and every absolute link in what comes out points to the
/// configured public address. The forged names appear nowhere.
/// </summary>
public abstract partial class ForgedHostTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string ForgedHost = "attacker.example";
    private const string ForgedForwardedHost = "forwarded-attacker.example";

    [GeneratedRegex(@"\b(?:https?|webcal)://[^\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteLink();

    /// <summary>From now on this client's requests name the attacker's host, directly and as a proxy would.</summary>
    private static AcademyClient Forging(AcademyClient client)
    {
        client.Http.DefaultRequestHeaders.Host = ForgedHost;
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Host", ForgedForwardedHost);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "http");
        return client;
    }

    private static void AssertLinksOnlyToThePublicAddress(string text, int atLeast)
    {
        Assert.DoesNotContain("attacker", text, StringComparison.OrdinalIgnoreCase);
        var links = AbsoluteLink().Matches(text).Select(match => match.Value).ToList();
        Assert.True(links.Count >= atLeast, $"Expected at least {atLeast} links, found {links.Count} in:\n{text}");
        Assert.All(links, link => Assert.Matches($"^(https|webcal)://{Regex.Escape(new Uri(AcademyApp.PublicUrl).Host)}/", link));
    }

    private async Task<string> MailToAsync(string address)
    {
        await app.DeliverMailAsync();
        return PickupMail.To(app.MailFolder, address).Single();
    }

    private sealed record Person(AcademyClient Client, string Id, string Email, string Name);

    /// <summary>A new account whose every request, from now on, names the attacker's host.</summary>
    private async Task<Person> PersonAsync(string name)
    {
        var (client, id) = await app.NewLearnerAsync(name);
        var email = await app.WithDbAsync(db => db.Users.Where(user => user.Id == id).Select(user => user.Email!).SingleAsync());
        return new Person(Forging(client), id, email, name);
    }

    /// <summary>
    /// Delivers the outbox, then every message to <paramref name="person"/>: each read whole (headers, plain text and HTML)
    /// links only to the public address, with its button, its unsubscribe and its settings links at least.
    /// </summary>
    private async Task<IReadOnlyList<Mail>> MailsToAsync(Person person, int count)
    {
        await app.DeliverMailAsync();
        var whole = PickupMail.To(app.MailFolder, person.Email).ToList();
        Assert.True(whole.Count == count, $"Expected {count} e-mails to {person.Name}, found {whole.Count}:\n{string.Join("\n---\n", whole)}");
        Assert.All(whole, message => AssertLinksOnlyToThePublicAddress(message, atLeast: 3));
        return PickupMail.Messages(app.MailFolder).Where(mail => mail.To.Equals(person.Email, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>The one e-mail whose button leads to <paramref name="path"/> (an application path), made from the public address.</summary>
    private static Mail MailLeadingTo(IReadOnlyList<Mail> mails, string path) =>
        Assert.Single(mails, mail => mail.Links.Contains(AcademyApp.PublicUrl + path));

    /// <summary>The person makes a choice on their account page, through the forged host too.</summary>
    private static async Task ChooseAtOnceAsync(Person person, NotificationKind kind)
    {
        var saved = await person.Client.SubmitAsync("/Account/Manage", "email-preferences",
            new Dictionary<string, string> { [$"Choices[{kind}]"] = "Immediately" });
        Assert.Equal("/Account/Manage?saved=email", saved.RedirectedTo);
    }

    private static async Task<Page> SubmitOkAsync(AcademyClient client, string url, string form, Dictionary<string, string> fields)
    {
        var result = await client.SubmitAsync(url, form, fields);
        Assert.True(result.Status == HttpStatusCode.Redirect, $"{form} on {url}: {result.Status} {result.Text(".field-error, [role=alert]")}");
        return result;
    }

    private static async Task<Page> SubmitOkAsync(AcademyClient client, Page page, string form, Dictionary<string, string> fields)
    {
        var result = await client.SubmitAsync(page, form, fields);
        Assert.True(result.Status == HttpStatusCode.Redirect, $"{form} on {page.Url}: {result.Status} {result.Text(".field-error, [role=alert]")}");
        return result;
    }

    /// <summary>The value of the first form on the page whose name starts so (forms named per item: accept-{id}, grant-{id}).</summary>
    private static string FormStartingWith(Page page, string prefix) =>
        page.Document.QuerySelector($"form input[name=_handler][value^='{prefix}']")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"No form named {prefix}… on {page.Url}.");

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every text entry of a downloaded zip (Markdown, HTML), as text; pictures are left out.</summary>
    private static async Task<IReadOnlyList<string>> EntriesOfAsync(AcademyClient client, string url)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await client.Http.GetByteArrayAsync(url)));
        var entries = new List<string>();
        foreach (var entry in zip.Entries.Where(entry => Path.GetExtension(entry.Name) is ".md" or ".html"))
        {
            using var reader = new StreamReader(entry.Open());
            entries.Add(await reader.ReadToEndAsync());
        }

        Assert.NotEmpty(entries);
        return entries;
    }

    [Fact]
    public async Task A_password_reset_asked_for_through_a_forged_host_links_only_to_the_public_address()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.com";
        using (var owner = app.CreateAcademyClient())
        {
            await owner.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
            {
                ["Input.DisplayName"] = "Reset Target", ["Input.Email"] = email, ["Input.Password"] = "a long enough passphrase",
            });
        }

        using var attacker = Forging(app.CreateAcademyClient());
        var asked = await attacker.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, asked.Status);

        var message = await MailToAsync(email);
        Assert.Contains($"{AcademyApp.PublicUrl}/Account/ResetPassword?email=", message);
        AssertLinksOnlyToThePublicAddress(message, atLeast: 1);
    }

    [Fact]
    public async Task An_invitation_and_an_enrolment_notice_sent_from_a_forged_host_link_only_to_the_public_address()
    {
        var (instructor, instructorId) = await app.NewLearnerAsync("Inviting Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(7), members: (instructorId, CohortRole.Instructor));
        Forging(instructor);
        var invitee = $"invitee-{Guid.NewGuid():N}@example.com";
        var member = await PersonAsync("Enrolled Member"); // an account already: enrolled at once, and told
        await ChooseAtOnceAsync(member, NotificationKind.Other);

        var page = await instructor.GetAsync($"/teach/cohorts/{cohort}");
        var report = await instructor.UploadAsync(page, "enrol", "CsvFile",
            Encoding.UTF8.GetBytes($"email,name\n{invitee},Ida Invitee\n{member.Email},Enrolled Member\n"), "learners.csv", "text/csv");
        Assert.Contains("1 invited", report.Text("[role=status]"));

        var message = await MailToAsync(invitee);
        Assert.Matches($@"{Regex.Escape(AcademyApp.PublicUrl)}/invitations/[0-9a-f]{{64}}", message);
        AssertLinksOnlyToThePublicAddress(message, atLeast: 1);
        MailLeadingTo(await MailsToAsync(member, count: 1), $"/cohorts/{cohort}");
    }

    [Fact]
    public async Task A_digest_of_replies_posted_through_a_forged_host_and_the_data_download_link_only_to_the_public_address()
    {
        var (reader, readerId) = await app.NewLearnerAsync("Digest Reader");
        var (writer, writerId) = await app.NewLearnerAsync("Forging Writer");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(readerId, CohortRole.Learner), (writerId, CohortRole.Learner)]);
        Forging(reader);
        Forging(writer);
        var started = await reader.SubmitAsync($"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Links in digests", ["Input.Body"] = "Where do they point?" });
        Assert.StartsWith($"/cohorts/{cohort}/discussions/", started.RedirectedTo); // a redirect names no host
        var threadUrl = started.RedirectedTo!.Split('?')[0];
        var replied = await writer.SubmitAsync(threadUrl, "reply", new Dictionary<string, string> { ["Input.Body"] = "Somewhere safe, I hope." });
        Assert.Equal(HttpStatusCode.Redirect, replied.Status);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == readerId);
            user.LastDigestAt = DateTimeOffset.UtcNow.AddDays(-2);
            return await db.SaveChangesAsync();
        });

        await app.WithScopeAsync(services => services.GetRequiredService<Academy.Web.Startup.DailyDigests>().SendDueAsync(CancellationToken.None));

        var readerEmail = await app.WithDbAsync(db => db.Users.Where(u => u.Id == readerId).Select(u => u.Email!).SingleAsync());
        var digest = await MailToAsync(readerEmail);
        Assert.Contains($"{AcademyApp.PublicUrl}{threadUrl}?at=2#post-2", digest);
        AssertLinksOnlyToThePublicAddress(digest, atLeast: 2);

        var download = await reader.Http.GetStringAsync("/Account/Manage/data.json");
        Assert.Contains($"{AcademyApp.PublicUrl}{threadUrl}?at=2#post-2", download);
        AssertLinksOnlyToThePublicAddress(download, atLeast: 1);
    }

    [Fact]
    public async Task The_calendar_feed_and_its_address_on_the_cohort_page_name_only_the_public_address_whatever_host_is_asked_for()
    {
        var (member, memberId) = await app.NewLearnerAsync("Calendar Member");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (memberId, CohortRole.Learner));
        Forging(member);

        var home = await member.GetAsync($"/cohorts/{cohort}");
        var feedAddress = home.InputValue("calendar-url")!;
        Assert.StartsWith($"{AcademyApp.PublicUrl}/cohorts/{cohort}/calendar.ics?token=", feedAddress);
        AssertLinksOnlyToThePublicAddress(home.Document.DocumentElement.OuterHtml, atLeast: 2); // the feed's address, and as webcal://

        using var calendarApp = Forging(app.CreateAcademyClient());
        var feed = await calendarApp.Http.GetStringAsync(new Uri(feedAddress).PathAndQuery);
        Assert.Contains("BEGIN:VCALENDAR", feed);
        AssertLinksOnlyToThePublicAddress(Unfold(feed), atLeast: 7);
    }

    [Fact]
    public async Task An_announcement_and_a_reply_with_a_mention_posted_through_a_forged_host_are_e_mailed_with_links_only_to_the_public_address()
    {
        var (instructor, author, replier) = (await PersonAsync("Announcing Instructor"), await PersonAsync("Thread Author"), await PersonAsync("Mentioning Replier"));
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(instructor.Id, CohortRole.Instructor), (author.Id, CohortRole.Learner), (replier.Id, CohortRole.Learner)]);
        await ChooseAtOnceAsync(author, NotificationKind.Discussion); // replies and mentions go to the daily digest unless one chooses

        var announcement = (await SubmitOkAsync(instructor.Client, $"/cohorts/{cohort}/discussions/new?space=announcements", "start-thread",
            new() { ["Input.Title"] = "Week three", ["Input.Body"] = "Read module 3 before Thursday." })).RedirectedTo!.Split('?')[0];
        var thread = (await SubmitOkAsync(author.Client, $"/cohorts/{cohort}/discussions/new?space=lounge", "start-thread",
            new() { ["Input.Title"] = "Forged links", ["Input.Body"] = "Where do e-mails point?" })).RedirectedTo!.Split('?')[0];
        await SubmitOkAsync(replier.Client, thread, "reply", new() { ["Input.Body"] = "@Thread Author, to the public address only." });

        var toAuthor = await MailsToAsync(author, count: 2);
        MailLeadingTo(toAuthor, $"{announcement}?at=1#post-1");
        MailLeadingTo(toAuthor, $"{thread}?at=2#post-2");
        MailLeadingTo(await MailsToAsync(replier, count: 1), $"{announcement}?at=1#post-1");
    }

    [Fact]
    public async Task A_private_message_written_through_a_forged_host_is_e_mailed_with_links_only_to_the_public_address()
    {
        var (writer, reader) = (await PersonAsync("Writing Member"), await PersonAsync("Reading Member"));
        await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(writer.Id, CohortRole.Learner), (reader.Id, CohortRole.Learner)]);

        var sent = await SubmitOkAsync(writer.Client, $"/messages/new?to={reader.Id}", "start-conversation",
            new() { ["Input.Body"] = "Could we talk about radar habits?" });

        MailLeadingTo(await MailsToAsync(reader, count: 1), sent.RedirectedTo!.Split('#')[0]);
    }

    [Fact]
    public async Task A_request_to_connect_its_acceptance_and_an_introduction_asked_passed_on_and_accepted_through_a_forged_host_are_e_mailed_with_links_only_to_the_public_address()
    {
        var (asker, introducer, target) = (await PersonAsync("Asking Aino"), await PersonAsync("Introducing Mikko"), await PersonAsync("Target Sofia"));
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(asker.Id, CohortRole.Learner), (introducer.Id, CohortRole.Learner), (target.Id, CohortRole.Learner)]);
        async Task ConnectAsync(Person from, Person to)
        {
            await SubmitOkAsync(from.Client, $"/cohorts/{cohort}/people/{to.Id}", "connect", new() { ["Connect.Note"] = "We met on day one." });
            var requests = await to.Client.GetAsync("/connections");
            await SubmitOkAsync(to.Client, requests, FormStartingWith(requests, "accept-"), new());
        }

        await ConnectAsync(asker, introducer);
        await ConnectAsync(introducer, target);
        await SubmitOkAsync(asker.Client, $"/cohorts/{cohort}/people/{target.Id}", "introduction",
            new() { ["Introduction.IntroducerId"] = introducer.Id, ["Introduction.Note"] = "I would love to hear how Sofia hires." });
        var toPassOn = await introducer.Client.GetAsync("/connections");
        await SubmitOkAsync(introducer.Client, toPassOn, FormStartingWith(toPassOn, "forward-"), new() { ["ForwardNote"] = "Sofia, meet Aino." });
        var offered = await target.Client.GetAsync("/connections");
        await SubmitOkAsync(target.Client, offered, FormStartingWith(offered, "accept-introduction-"), new());

        // Aino: Mikko accepted, Sofia accepted the introduction. Mikko: Aino's request, Sofia accepted his, the introduction asked of him, its thanks.
        // Sofia: Mikko's request, the introduction passed on.
        await MailsToAsync(asker, count: 2);
        await MailsToAsync(introducer, count: 4);
        await MailsToAsync(target, count: 2);
    }

    [Fact]
    public async Task A_review_and_a_comment_on_a_shared_reflection_sent_through_a_forged_host_are_e_mailed_and_the_portfolio_and_instructors_downloads_link_only_to_the_public_address()
    {
        var (instructor, author, peer) = (await PersonAsync("Reviewing Instructor"), await PersonAsync("Reflecting Author"), await PersonAsync("Commenting Peer"));
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(instructor.Id, CohortRole.Instructor), (author.Id, CohortRole.Learner), (peer.Id, CohortRole.Learner)]);
        var reflection = $"/cohorts/{cohort}/reflections/my-reasons";
        await SubmitOkAsync(author.Client, reflection, "reflection",
            new() { ["Input.Body"] = "My reasons, shared.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        await SubmitOkAsync(author.Client, reflection, "audience", new() { ["Audience"] = "Cohort" });

        var gallery = await peer.Client.GetAsync($"{reflection}/gallery");
        await SubmitOkAsync(peer.Client, gallery, FormStartingWith(gallery, "comment-"), new() { ["Comment"] = "This made me rethink my list." });
        var queue = await instructor.Client.GetAsync($"/cohorts/{cohort}/reflections/review");
        await SubmitOkAsync(instructor.Client, queue.Document.QuerySelector(".review-queue a")!.GetAttribute("href")!, "review", new()
        {
            ["Input.Scores[0]"] = "3", ["Input.Scores[1]"] = "2", ["Input.Scores[2]"] = "3", ["Input.Scores[3]"] = "4",
            ["Input.Feedback"] = "Tie reason 2 to a real decision.", ["Input.Decision"] = "complete",
        });

        var toAuthor = await MailsToAsync(author, count: 2);
        MailLeadingTo(toAuthor, reflection);
        Assert.Single(toAuthor, mail => mail.Links.Any(link => link.StartsWith($"{AcademyApp.PublicUrl}{reflection}/gallery#reflection-", StringComparison.Ordinal)));

        foreach (var entry in await EntriesOfAsync(author.Client, $"/cohorts/{cohort}/reflections/portfolio.zip"))
        {
            AssertLinksOnlyToThePublicAddress(entry, atLeast: 0);
        }

        AssertLinksOnlyToThePublicAddress(await instructor.Client.Http.GetStringAsync($"/cohorts/{cohort}/reflections/scores.csv"), atLeast: 0);
        AssertLinksOnlyToThePublicAddress(await instructor.Client.Http.GetStringAsync($"/teach/cohorts/{cohort}/engagement.csv"), atLeast: 0);
        foreach (var entry in await EntriesOfAsync(instructor.Client, $"/teach/courses/{Arrange.Course}/export.zip"))
        {
            AssertLinksOnlyToThePublicAddress(entry, atLeast: 0);
        }
    }

    [Fact]
    public async Task Requests_for_more_time_and_the_instructors_answers_sent_through_a_forged_host_are_e_mailed_with_links_only_to_the_public_address()
    {
        var (instructor, learner) = (await PersonAsync("Answering Instructor"), await PersonAsync("Asking Learner"));
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(instructor.Id, CohortRole.Instructor), (learner.Id, CohortRole.Learner)]);
        await ChooseAtOnceAsync(instructor, NotificationKind.Other); // a learner's request goes to the daily digest unless one chooses

        // Both reflections of module 1 were due a week ago.
        foreach (var assignment in new[] { "my-reasons", "walking-the-talk" })
        {
            await SubmitOkAsync(learner.Client, $"/cohorts/{cohort}/reflections/{assignment}", "extension",
                new() { ["Extension.Until"] = Iso(Arrange.Today.AddDays(3)), ["Extension.Reason"] = "A board meeting moved to this week." });
        }

        var queue = await instructor.Client.GetAsync($"/cohorts/{cohort}/reflections/review");
        await SubmitOkAsync(instructor.Client, queue, FormStartingWith(queue, "grant-"), new() { ["GrantUntil"] = Iso(Arrange.Today.AddDays(3)) });
        queue = await instructor.Client.GetAsync($"/cohorts/{cohort}/reflections/review");
        await SubmitOkAsync(instructor.Client, queue, FormStartingWith(queue, "decline-"), new());

        var toInstructor = await MailsToAsync(instructor, count: 2);
        Assert.All(toInstructor, mail => Assert.Contains($"{AcademyApp.PublicUrl}/cohorts/{cohort}/reflections/review", mail.Links));
        var toLearner = await MailsToAsync(learner, count: 2);
        MailLeadingTo(toLearner, $"/cohorts/{cohort}/reflections/my-reasons");
        MailLeadingTo(toLearner, $"/cohorts/{cohort}/reflections/walking-the-talk");
    }

    [Fact]
    public async Task A_peer_review_assigned_and_one_sent_through_a_forged_host_are_e_mailed_with_links_only_to_the_public_address()
    {
        var (instructor, author, reviewer) = (await PersonAsync("Assigning Instructor"), await PersonAsync("Reviewed Author"), await PersonAsync("Assigned Reviewer"));
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14),
            members: [(instructor.Id, CohortRole.Instructor), (author.Id, CohortRole.Learner), (reviewer.Id, CohortRole.Learner)]);
        var reflection = $"/cohorts/{cohort}/reflections/my-reasons";
        await app.SendAsAsync(instructor.Id, new Academy.Reflections.PeerReviews.ChangePeerReviewSettings(cohort, "my-reasons", IsOn: true, 2, 2, IsAnonymous: true,
            null, ShowsPeerScores: false, RevealsAfterGiving: false, IncludesPrivateReflections: true, ClaimHours: 24), Academy.Contracts.Access.Roles.Instructor);
        foreach (var learner in new[] { author, reviewer })
        {
            await SubmitOkAsync(learner.Client, reflection, "reflection",
                new() { ["Input.Body"] = $"The reasons of {learner.Name}.", ["Input.Action"] = "submit", ["Input.Confirmed"] = "true" });
        }

        var authorsReflection = await app.WithDbAsync(db => db.Reflections.Where(r => r.CohortSlug == cohort && r.UserId == author.Id).Select(r => r.Id).SingleAsync());
        await SubmitOkAsync(instructor.Client, $"{reflection}/peer-reviews", "assign-peer-review",
            new() { ["Assignment.ReflectionId"] = authorsReflection.ToString(), ["Assignment.LearnerId"] = reviewer.Id });
        var review = await app.WithDbAsync(db => db.Set<Academy.Reflections.Domain.PeerReview>().Where(r => r.ReflectionId == authorsReflection).Select(r => r.Id).SingleAsync());
        var fields = new Dictionary<string, string>();
        for (var criterion = 0; criterion < 4; criterion++)
        {
            fields[$"Input.Comments[{criterion}]"] = $"Clear reasons ({criterion + 1}).";
            fields[$"Input.Scores[{criterion}]"] = "3";
        }

        await SubmitOkAsync(reviewer.Client, $"{reflection}/peer-review/{review}", "peer-review", fields);

        MailLeadingTo(await MailsToAsync(reviewer, count: 1), $"{reflection}/peer-review/{review}");
        MailLeadingTo(await MailsToAsync(author, count: 1), $"{reflection}#peer-reviews");
    }

    [Fact]
    public async Task A_live_session_scheduled_moved_and_cancelled_through_a_forged_host_its_reminder_from_the_job_and_its_calendar_file_link_only_to_the_public_address()
    {
        var (instructor, learner) = (await PersonAsync("Session Instructor"), await PersonAsync("Session Learner"));
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(instructor.Id, CohortRole.Instructor), (learner.Id, CohortRole.Learner)]);
        var scheduled = await SubmitOkAsync(instructor.Client, $"/cohorts/{cohort}/sessions/new", "session", new()
        {
            ["Input.Title"] = "Guest talk", ["Input.On"] = Iso(Arrange.Today.AddDays(3)), ["Input.Starts"] = "17:00", ["Input.Ends"] = "18:30",
            ["Input.MeetingUrl"] = string.Empty, ["Input.Place"] = "Room 101", ["Input.ModuleSlug"] = string.Empty, ["Input.Agenda"] = "Questions first.",
        });
        var session = scheduled.RedirectedTo!.Split('?')[0];
        await SubmitOkAsync(instructor.Client, $"{session}/edit", "session", new() { ["Input.Starts"] = "18:00", ["Input.Ends"] = "19:30" });
        var upcoming = await app.WithScopeAsync(async services => (await services.GetRequiredService<MediatR.IMediator>()
                .Send(new Academy.Contracts.Sessions.GetUpcomingSessions(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(5))))
            .Single(s => s.CohortSlug == cohort));
        Assert.NotNull(await app.WithScopeAsync(services => services.GetRequiredService<Academy.Cohorts.Notifications.Sessions.SessionReminders>()
            .RemindAsync(upcoming, upcoming.StartsAt.AddHours(-23), CancellationToken.None)));
        await app.DeliverMailAsync(); // before the cancellation withdraws the reminder
        AssertLinksOnlyToThePublicAddress(Unfold(await learner.Client.Http.GetStringAsync($"{session}/session.ics")), atLeast: 1);
        var page = await instructor.Client.GetAsync(session);
        await SubmitOkAsync(instructor.Client, page, "cancel-session", new() { ["Input.Confirmed"] = "true" });

        // Scheduled, moved, reminded of and cancelled: each e-mail's button leads to the session.
        Assert.All(await MailsToAsync(learner, count: 4), mail => Assert.Contains(AcademyApp.PublicUrl + session, mail.Links));
    }

    [Fact]
    public async Task A_reminder_of_a_reflection_due_sent_by_its_job_after_the_date_was_moved_through_a_forged_host_links_only_to_the_public_address()
    {
        var (instructor, learner) = (await PersonAsync("Moving Instructor"), await PersonAsync("Reminded Learner"));
        // Module n is due 7n days from the start: a cohort 31 days in has none due in the next two days until one is moved.
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-31), members: [(instructor.Id, CohortRole.Instructor), (learner.Id, CohortRole.Learner)]);
        await SubmitOkAsync(instructor.Client, $"/cohorts/{cohort}/reflections/deadlines", "dates", new() { ["Dates.Rows[0].DueOn"] = Iso(Arrange.Today.AddDays(1)) });

        await app.WithScopeAsync(services => services.GetRequiredService<Academy.Reflections.Deadlines.DueReminders>().RemindAsync(CancellationToken.None));

        MailLeadingTo(await MailsToAsync(learner, count: 1), $"/cohorts/{cohort}/reflections/my-reasons");
    }

    [Fact]
    public async Task The_sign_in_redirect_the_framework_builds_from_a_forged_host_leaves_as_a_path_without_a_host()
    {
        using var visitor = Forging(app.CreateAcademyClient());

        var page = await visitor.GetAsync("/notifications");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/Account/Login?ReturnUrl=", page.RedirectedTo);
    }

    /// <summary>iCalendar folds long lines at 75 octets; a link is read whole only after unfolding.</summary>
    private static string Unfold(string feed) => feed.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteForgedHostTests(SqliteApp app) : ForgedHostTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresForgedHostTests(PostgresApp app) : ForgedHostTests<PostgresApp>(app);

/// <summary>
/// A production app on a real socket, so the peer address is the real one (127.0.0.1), with a strict sign-in
/// limit to see whose address is counted.
/// </summary>
public abstract class ProductionOnSocketApp : SqliteApp, IAsyncLifetime
{
    private Uri? address;

    public Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        address = new Uri(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask; // the factory's own Dispose stops the server

    protected abstract string KnownProxy { get; }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:AccountRateLimit:PostsPerWindow"] = "2",
        ["ForwardedHeaders:KnownProxies:0"] = KnownProxy,
        ["ForwardedHeaders:KnownNetworks:0"] = "198.51.100.0/24",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    /// <summary>A client over the socket that asks for <paramref name="host"/> (the public host unless told otherwise).</summary>
    public AcademyClient CreateSocketClient(string? host = null)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        http.DefaultRequestHeaders.Host = host ?? new Uri(PublicUrl).Host;
        return new AcademyClient(http);
    }
}

/// <summary>Its one configured proxy is elsewhere: the loopback peer is an ordinary client.</summary>
public sealed class UntrustedPeerApp : ProductionOnSocketApp
{
    protected override string KnownProxy => "192.0.2.10";
}

/// <summary>Its configured proxy is on loopback, as a load balancer on the same machine is.</summary>
public sealed class TrustedLoopbackProxyApp : ProductionOnSocketApp
{
    protected override string KnownProxy => "127.0.0.1";
}

/// <summary>Outside Development the app answers only its public host, and believes forwarded headers only from its configured proxies.</summary>
public sealed class PublicHostTests(UntrustedPeerApp app) : IClassFixture<UntrustedPeerApp>
{
    [Theory]
    [InlineData("attacker.example")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("academy.example.edu.attacker.example")]
    public async Task A_request_for_another_host_is_refused_with_400(string host)
    {
        using var client = app.CreateSocketClient(host);

        using var response = await client.Http.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_request_for_the_public_host_is_served_even_with_a_forged_forwarded_host()
    {
        using var client = app.CreateSocketClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Host", "attacker.example");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("attacker", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Forwarded_headers_are_believed_only_from_the_configured_proxies_and_never_for_the_host()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>>().Value;

        Assert.Equal(Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
            options.ForwardedHeaders);
        Assert.Equal([IPAddress.Parse("192.0.2.10")], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("198.51.100.0/24")], options.KnownIPNetworks);
    }

    [Fact]
    public async Task A_client_that_is_no_configured_proxy_cannot_escape_the_sign_in_limit_with_its_own_x_forwarded_for()
    {
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await SignInsClaimingThreeAddressesAsync(app));
    }

    /// <summary>Three failed sign-ins from one socket, each claiming another client address in X-Forwarded-For.</summary>
    internal static async Task<List<HttpStatusCode>> SignInsClaimingThreeAddressesAsync(ProductionOnSocketApp app)
    {
        using var client = app.CreateSocketClient();
        var signIn = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            client.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{attempt}");
            var result = await client.SubmitAsync(signIn, "sign-in",
                new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com", ["Input.Password"] = "wrong password here" });
            statuses.Add(result.Status);
        }

        return statuses;
    }
}

public sealed class TrustedProxyTests(TrustedLoopbackProxyApp app) : IClassFixture<TrustedLoopbackProxyApp>
{
    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_address_has_its_own_sign_in_limit()
    {
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], await PublicHostTests.SignInsClaimingThreeAddressesAsync(app));
    }
}

/// <summary>A production start without the public address it needs for every link.</summary>
public sealed class StartWithoutPublicAddressTests
{
    private sealed class AppWithPublicUrl(string? publicUrl) : SqliteApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Site:PublicUrl"] = publicUrl };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Theory]
    [InlineData(null, "Site:PublicUrl is not set")]
    [InlineData("", "Site:PublicUrl is not set")]
    [InlineData("academy.example.edu", "is not an absolute http or https address")]
    [InlineData("ftp://academy.example.edu", "is not an absolute http or https address")]
    public void Outside_development_the_app_does_not_start_and_says_what_to_set(string? publicUrl, string message)
    {
        using var app = new AppWithPublicUrl(publicUrl);

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, failure.ToString());
    }
}
